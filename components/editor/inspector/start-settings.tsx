"use client";

import type { SettingsProps } from "./settings-props";

/** Start has nothing to configure: it only marks where conversations begin. */
export function StartSettings(_props: SettingsProps<"start">) {
  return <p className="px-4 py-4 text-sm text-slate-500">Every conversation begins here. Connect its <em>next</em> port to the first message.</p>;
}
