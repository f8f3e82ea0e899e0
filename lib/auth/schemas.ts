import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./create-auth";
import { roleSchema } from "./roles";

// Shared by the route handlers (to parse) and the forms (to show the same rules).
export const emailField = z.email("Enter an email address like name@example.com").trim().toLowerCase().max(254);
export const nameField = z.string().trim().min(1, "Enter a name").max(100, "Keep the name under 100 characters");
export const passwordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters`);

/** POST /api/auth/setup */
export const setupBody = z.object({ name: nameField, email: emailField, password: passwordField }).strict();

/** POST /api/admin/users */
export const createUserBody = z.object({ name: nameField, email: emailField, password: passwordField, role: roleSchema }).strict();

/** PATCH /api/admin/users/:id — change the role, disable/enable, or both. */
export const updateUserBody = z
  .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((body) => body.role !== undefined || body.disabled !== undefined, "Send a role, disabled, or both");

/** POST /api/keys */
export const createApiKeyBody = z.object({ name: z.string().trim().min(1, "Name the key after what uses it").max(100) }).strict();

/** POST /api/account/password */
export const changePasswordBody = z
  .object({ currentPassword: z.string().min(1, "Enter your current password").max(MAX_PASSWORD_LENGTH), newPassword: passwordField })
  .strict()
  .refine((body) => body.currentPassword !== body.newPassword, { message: "Choose a password different from the current one", path: ["newPassword"] });

export const idParams = z.object({ id: z.string().min(1).max(100) });

/** GET /api/admin/audit?before=<id>&limit=<n> */
export const auditQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
