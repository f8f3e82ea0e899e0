import { RoleGate } from "@/components/auth/role-gate";
import { SettingsTabs } from "@/components/settings/settings-tabs";

export const metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default function SettingsPage() {
  return (
    <RoleGate roles={["admin"]} nextPath="/settings">
      <SettingsTabs />
    </RoleGate>
  );
}
