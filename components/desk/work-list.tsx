"use client";

import { useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { toast } from "sonner";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";

/** One thing agents work after the conversation: a ticket or a callback. */
interface WorkItem<S extends string> {
  id: string;
  reference: string;
  status: S;
}

export interface WorkColumn<T> {
  title: string;
  cell: (item: T) => ReactNode;
  className?: string;
}

interface WorkListProps<S extends string, T extends WorkItem<S>> {
  /** Names the table for screen readers and tests ("Tickets"). */
  label: string;
  queryKey: QueryKey;
  load: () => Promise<T[]>;
  update: (id: string, status: S) => Promise<T>;
  statuses: Record<S, string>;
  columns: WorkColumn<T>[];
  empty: { title: string; text: string };
  sort?: (a: T, b: T) => number;
  statusWidth?: string;
}

/**
 * The desk's lists of tickets and callbacks: a table whose last column changes an item's status.
 * A change updates the cached list in place, so the row keeps its position while agents work down it.
 */
export function WorkList<S extends string, T extends WorkItem<S>>({ label, queryKey, load, update, statuses, columns, empty, sort, statusWidth = "w-32" }: WorkListProps<S, T>) {
  const queryClient = useQueryClient();
  const { data, error, isPending } = useQuery({ queryKey, queryFn: load });
  const change = useMutation({
    mutationFn: ({ id, status }: { id: string; status: S }) => update(id, status),
    onSuccess: (changed) => queryClient.setQueryData<T[]>(queryKey, (current) => current?.map((item) => (item.id === changed.id ? changed : item))),
    onError: (caught) => toast.error(`Status not changed: ${caught.message}`),
  });
  if (isPending) return <Spinner className="m-6" />;
  if (error) return <p role="alert" className="m-6 text-sm text-rose-700">{error.message}</p>;
  if (data.length === 0) return <EmptyState title={empty.title}>{empty.text}</EmptyState>;
  const items = sort ? [...data].sort(sort) : data;
  const choices = Object.keys(statuses) as S[];
  return (
    <table aria-label={label} className="w-full rounded-lg border border-slate-200 bg-white text-sm">
      <thead className="bg-slate-50 text-left text-xs text-slate-500">
        <tr>
          <th className="px-3 py-2 font-medium">Reference</th>
          {columns.map((column) => (
            <th key={column.title} className="px-3 py-2 font-medium">
              {column.title}
            </th>
          ))}
          <th className="px-3 py-2 font-medium">Status</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} aria-label={item.reference} className="border-t border-slate-100 align-top">
            <td className="px-3 py-2 font-mono text-xs">{item.reference}</td>
            {columns.map((column) => (
              <td key={column.title} className={column.className ?? "px-3 py-2"}>
                {column.cell(item)}
              </td>
            ))}
            <td className="px-3 py-2">
              <Select
                aria-label={`Status of ${item.reference}`}
                className={statusWidth}
                value={item.status}
                disabled={change.isPending}
                onChange={(event) => {
                  const status = choices.find((choice) => choice === event.target.value);
                  if (status) change.mutate({ id: item.id, status });
                }}
              >
                {choices.map((status) => (
                  <option key={status} value={status}>
                    {statuses[status]}
                  </option>
                ))}
              </Select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
