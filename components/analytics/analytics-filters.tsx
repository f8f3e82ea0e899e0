"use client";

import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/input";
import type { AnalyticsParams } from "@/lib/analytics/api-client";
import type { RangePreset } from "@/lib/analytics/date-range";

const presets: { value: RangePreset; label: string }[] = [
  { value: "7d", label: "7 days" },
  { value: "30d", label: "30 days" },
  { value: "90d", label: "90 days" },
  { value: "custom", label: "Custom" },
];

/** Range (last 7/30/90 days or custom dates) and version filters of the analytics page. */
export function AnalyticsFilters({ params, versions, onChange }: { params: AnalyticsParams; versions: readonly number[]; onChange: (next: AnalyticsParams) => void }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div role="group" aria-label="Date range" className="flex rounded-md border border-slate-300 bg-white p-0.5">
        {presets.map((preset) => (
          <button
            key={preset.value}
            type="button"
            aria-pressed={params.range === preset.value}
            onClick={() => onChange({ ...params, range: preset.value })}
            className={cn("rounded px-2.5 py-1 text-xs", params.range === preset.value ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100")}
          >
            {preset.label}
          </button>
        ))}
      </div>
      {params.range === "custom" ? (
        <>
          <div className="w-36">
            <Input type="date" aria-label="From" className="h-8" value={params.from ?? ""} onChange={(event) => onChange({ ...params, from: event.target.value })} />
          </div>
          <div className="w-36">
            <Input type="date" aria-label="To" className="h-8" value={params.to ?? ""} onChange={(event) => onChange({ ...params, to: event.target.value })} />
          </div>
        </>
      ) : null}
      <div className="w-36">
        <Select
          aria-label="Version"
          className="h-8"
          value={params.version ?? ""}
          onChange={(event) => onChange({ ...params, version: event.target.value === "" ? null : Number(event.target.value) })}
        >
          <option value="">All versions</option>
          {versions.map((version) => <option key={version} value={version}>{version === 0 ? "Draft" : `Version ${version}`}</option>)}
        </Select>
      </div>
    </div>
  );
}
