"use client";

import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { Input, Textarea } from "@/components/ui/input";
import { insertVariable, openPlaceholder } from "./autocomplete";
import { useKnownVariables } from "./use-known-variables";
import { filterSuggestions } from "./variable-suggestions";

export interface VariableTextFieldProps {
  id?: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  invalid?: boolean;
  "aria-label"?: string;
  "aria-describedby"?: string;
  className?: string;
}

/**
 * A text field whose text interpolates `{{variable}}`: typing `{{` opens a list of the flow's known
 * variables; arrow keys pick, Enter or Tab inserts `{{name}}`, Escape closes.
 */
export function VariableTextField({ id, value, onChange, multiline, placeholder, invalid, className, ...aria }: VariableTextFieldProps) {
  const listId = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);
  const variables = useKnownVariables();

  const open = caret === null ? null : openPlaceholder(value, caret);
  const suggestions = open && open.start !== dismissedAt ? filterSuggestions(variables, open.query) : [];
  const expanded = suggestions.length > 0;
  const activeIndex = Math.min(active, suggestions.length - 1);

  useLayoutEffect(() => {
    // put the caret after an inserted `{{name}}` once the new text is in the field
    const at = pendingCaret.current;
    if (at === null || !ref.current) return;
    pendingCaret.current = null;
    ref.current.setSelectionRange(at, at);
  }, [value]);

  const trackCaret = () => setCaret(ref.current?.selectionStart ?? null);

  const insert = (name: string) => {
    if (!open || caret === null) return;
    const next = insertVariable(value, caret, open, name);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    setActive(0);
    onChange(next.text);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!expanded) return;
    const pick = suggestions[activeIndex];
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + suggestions.length) % suggestions.length);
    } else if ((event.key === "Enter" || event.key === "Tab") && pick) {
      event.preventDefault();
      insert(pick.name);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      event.stopPropagation();
      setDismissedAt(open.start);
    }
  };

  const shared = {
    ref,
    id,
    value,
    placeholder,
    role: "combobox",
    "aria-autocomplete": "list" as const,
    "aria-expanded": expanded,
    "aria-controls": expanded ? listId : undefined,
    "aria-activedescendant": expanded ? `${listId}-${activeIndex}` : undefined,
    "aria-invalid": invalid || undefined,
    onKeyDown,
    onSelect: trackCaret,
    onClick: trackCaret,
    onBlur: () => setCaret(null),
    className,
    ...aria,
  };

  return (
    <div className="relative">
      {multiline ? (
        <Textarea {...shared} onChange={(event) => { setCaret(event.target.selectionStart); onChange(event.target.value); }} />
      ) : (
        <Input {...shared} onChange={(event) => { setCaret(event.target.selectionStart); onChange(event.target.value); }} />
      )}
      {expanded ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Variables"
          className="absolute left-0 right-0 top-full z-30 mt-1 max-h-56 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {suggestions.map((item, index) => (
            <li
              key={item.name}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              // mousedown, not click: the field must keep focus (and its caret) while picking
              onMouseDown={(event) => { event.preventDefault(); insert(item.name); }}
              onMouseEnter={() => setActive(index)}
              className={cn("flex cursor-pointer items-baseline justify-between gap-2 px-2.5 py-1", index === activeIndex && "bg-sky-50")}
            >
              <span className="font-mono text-xs text-slate-900">{item.name}</span>
              <span className="truncate text-[11px] text-slate-500">{item.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
