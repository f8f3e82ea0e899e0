"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TrendPoint } from "@/lib/analytics/dashboard-types";

/** Conversations and handoffs per day (areas), no-matches as a line-like area on top. */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  return (
    <div className="h-64 w-full" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={[...points]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} tickFormatter={(day: string) => day.slice(5)} minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Area type="monotone" dataKey="conversations" name="Conversations" stroke="#0ea5e9" fill="#bae6fd" isAnimationActive={false} />
          <Area type="monotone" dataKey="handoffs" name="Handoffs" stroke="#f43f5e" fill="#fecdd3" isAnimationActive={false} />
          <Area type="monotone" dataKey="noMatches" name="Not understood" stroke="#f59e0b" fill="none" isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
