"use client";

import { useMemo } from "react";
import { Select } from "@/components/ui/input";

/** Every IANA time zone the browser knows, plus the current value even if it does not. */
export function TimeZoneSelect({ id, value, onChange, invalid }: { id: string; value: string; onChange: (zone: string) => void; invalid?: boolean }) {
  const zones = useMemo(() => {
    const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    return [...new Set(["UTC", ...known, ...(value ? [value] : [])])].sort();
  }, [value]);
  return (
    <Select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={invalid ? true : undefined}>
      {value ? null : <option value="">Pick a time zone…</option>}
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll("_", " ")}
        </option>
      ))}
    </Select>
  );
}
