"use client";

import { Switch as RadixSwitch } from "radix-ui";

/** An on/off toggle; give it an `id` and a <label htmlFor> or an aria-label. */
export function Switch(props: { id?: string; checked: boolean; onCheckedChange: (checked: boolean) => void; disabled?: boolean; "aria-label"?: string }) {
  return (
    <RadixSwitch.Root
      {...props}
      className="relative inline-flex h-5 w-9 shrink-0 items-center rounded-full bg-slate-300 transition-colors focus-visible:outline-2 focus-visible:outline-sky-500 data-[state=checked]:bg-slate-900 disabled:opacity-50"
    >
      <RadixSwitch.Thumb className="block h-4 w-4 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-[18px]" />
    </RadixSwitch.Root>
  );
}
