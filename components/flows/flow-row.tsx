"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formatDistanceToNow } from "date-fns";
import { Copy, Download, MoreHorizontal, Pencil, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { deleteFlow, duplicateFlow, restoreFlow, type FlowSummary } from "@/lib/api/flows";
import { RenameFlowDialog } from "./rename-flow-dialog";

/** One flow in the list, with its actions. Deleting shows a toast that can undo it. */
export function FlowRow({ flow }: { flow: FlowSummary }) {
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["flows"] });

  const duplicate = useMutation({
    mutationFn: () => duplicateFlow(flow.id),
    onSuccess: ({ flow: copy }) => {
      void refresh();
      toast.success(`Duplicated as “${copy.name}”`);
    },
    onError: (error) => toast.error(`Couldn't duplicate: ${error.message}`),
  });
  const remove = useMutation({
    mutationFn: () => deleteFlow(flow.id),
    onSuccess: () => {
      void refresh();
      toast(`Deleted “${flow.name}”`, {
        action: {
          label: "Undo",
          onClick: () => {
            restoreFlow(flow.id).then(
              () => refresh(),
              (error: Error) => toast.error(`Couldn't restore: ${error.message}`),
            );
          },
        },
      });
    },
    onError: (error) => toast.error(`Couldn't delete: ${error.message}`),
  });

  return (
    <li className="flex items-center gap-4 px-4 py-3 hover:bg-slate-50">
      <Link href={`/flows/${flow.id}`} className="min-w-0 flex-1">
        <span className="block truncate font-medium text-slate-900">{flow.name}</span>
        <span className="text-xs text-slate-500">
          {flow.nodeCount} {flow.nodeCount === 1 ? "node" : "nodes"} · edited {formatDistanceToNow(new Date(flow.updatedAt), { addSuffix: true })}
        </span>
      </Link>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={`Actions for ${flow.name}`}>
            <MoreHorizontal className="h-4 w-4" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem onSelect={() => setRenaming(true)}>
            <Pencil className="h-4 w-4" aria-hidden /> Rename
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => duplicate.mutate()}>
            <Copy className="h-4 w-4" aria-hidden /> Duplicate
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => downloadDocument(flow.id)}>
            <Download className="h-4 w-4" aria-hidden /> Download document
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem danger onSelect={() => remove.mutate()}>
            <Trash2 className="h-4 w-4" aria-hidden /> Delete
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <RenameFlowDialog flow={flow} open={renaming} onOpenChange={setRenaming} />
    </li>
  );
}

/** Follows the download link in place: the response is an attachment, so the page stays. */
function downloadDocument(id: string) {
  const link = document.createElement("a");
  link.href = `/api/flows/${id}/document`;
  link.download = "";
  link.click();
}
