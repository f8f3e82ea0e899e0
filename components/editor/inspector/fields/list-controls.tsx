"use client";

import { ArrowDown, ArrowUp, X } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Move up / move down / remove buttons for one item of an ordered list; `what` names it for screen readers. */
export function ListControls({ index, length, what, onMove, onRemove }: {
  index: number;
  length: number;
  what: string;
  onMove?(to: number): void;
  onRemove(): void;
}) {
  return (
    <div className="flex shrink-0 items-center">
      {onMove ? (
        <>
          <Button variant="ghost" size="icon" className="h-7 w-7" aria-label={`Move ${what} up`} disabled={index === 0} onClick={() => onMove(index - 1)}>
            <ArrowUp className="h-3.5 w-3.5" />
          </Button>
          <Button variant="ghost" size="icon" className="h-7 w-7" aria-label={`Move ${what} down`} disabled={index === length - 1} onClick={() => onMove(index + 1)}>
            <ArrowDown className="h-3.5 w-3.5" />
          </Button>
        </>
      ) : null}
      <Button variant="ghost" size="icon" className="h-7 w-7" aria-label={`Remove ${what}`} onClick={onRemove}>
        <X className="h-3.5 w-3.5" />
      </Button>
    </div>
  );
}
