import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRole, ROLES, roleAllows } from "@/lib/auth/roles";
import { safeNextPath } from "@/lib/auth/safe-next-path";

describe("roles", () => {
  it("admin may do anything; designer and agent only their own things", () => {
    expect(roleAllows("admin", ["designer"])).toBe(true);
    expect(roleAllows("admin", ["agent"])).toBe(true);
    expect(roleAllows("designer", ["designer"])).toBe(true);
    expect(roleAllows("designer", ["agent"])).toBe(false);
    expect(roleAllows("designer", ["admin"])).toBe(false);
    expect(roleAllows("agent", ["designer"])).toBe(false);
    expect(roleAllows(null, ROLES)).toBe(false);
  });

  it("gives an unknown stored role no rights", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const role = parseRole(value);
        if (!ROLES.some((known) => known === value)) expect(role).toBeNull();
        expect(roleAllows(role, ["designer"])).toBe(value === "admin" || value === "designer");
      }),
    );
  });
});

describe("safeNextPath", () => {
  it("keeps paths on this site with their query", () => {
    expect(safeNextPath("/flows/abc?tab=preview")).toBe("/flows/abc?tab=preview");
    expect(safeNextPath("/settings")).toBe("/settings");
  });

  it("sends every other target to /", () => {
    for (const value of [null, "", "https://evil.test", "//evil.test", "/\\evil.test", "javascript:alert(1)", "evil", "/\u0000x"]) {
      expect(safeNextPath(value), String(value)).toBe("/");
    }
  });

  it("never yields anything but a same-site path", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const next = safeNextPath(value);
        expect(next.startsWith("/")).toBe(true);
        expect(next.startsWith("//")).toBe(false);
        expect(new URL(next, "http://baton.invalid").origin).toBe("http://baton.invalid");
      }),
    );
  });
});
