import { isAPIError } from "better-auth/api";
import { AppError } from "@/lib/errors";
import type { Auth } from "./create-auth";
import type { Role } from "./roles";

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/**
 * Creates a user who signs in with email + password, through better-auth so the password is
 * hashed its way (scrypt). A taken email is a 409 `conflict`; other refusals are 422.
 */
export async function createUserAccount(auth: Auth, input: NewUser): Promise<{ id: string; email: string }> {
  try {
    const { user } = await auth.api.createUser({
      body: { email: input.email.trim().toLowerCase(), name: input.name.trim(), password: input.password, role: input.role },
    });
    return { id: user.id, email: user.email };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const code = typeof error.body?.code === "string" ? error.body.code : "";
    if (code.startsWith("USER_ALREADY_EXISTS")) throw new AppError("conflict", `There is already a user with the email ${input.email}.`, { email: input.email });
    throw new AppError("validation_failed", error.message || "The user could not be created.", [{ path: "(root)", message: error.message }]);
  }
}
