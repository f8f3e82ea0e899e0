"use client";

import { Input, Select } from "@/components/ui/input";
import { operatorLabels, operators, withOperator, type ConditionRow } from "./condition-rows";
import { formatLiteral, formatLiteralList, parseLiteral, parseLiteralList, type Literal } from "./literal";
import { useSyncedText } from "../fields/use-synced-text";

/** One `variable operator value` line of the condition builder. */
export function ConditionRowEditor({ row, index, variablesListId, onChange }: {
  row: ConditionRow;
  index: number;
  /** Id of a <datalist> of known variable names. */
  variablesListId: string;
  onChange(row: ConditionRow): void;
}) {
  const n = index + 1;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_6.5rem_minmax(0,1fr)] items-center gap-1.5">
      <Input
        aria-label={`Condition ${n} variable`}
        placeholder="variable"
        list={variablesListId}
        value={row.variable}
        aria-invalid={row.variable === "" || undefined}
        onChange={(event) => onChange({ ...row, variable: event.target.value })}
      />
      <Select
        aria-label={`Condition ${n} operator`}
        value={row.operator}
        onChange={(event) => {
          const operator = operators.find((candidate) => candidate === event.target.value);
          if (operator) onChange(withOperator(row, operator));
        }}
      >
        {operators.map((operator) => <option key={operator} value={operator}>{operatorLabels[operator]}</option>)}
      </Select>
      <ValueEditor index={n} row={row} onChange={onChange} />
    </div>
  );
}

function ValueEditor({ index, row, onChange }: { index: number; row: ConditionRow; onChange(row: ConditionRow): void }) {
  switch (row.operator) {
    case "in":
      return <ListValue index={index} value={row.value} onChange={(value) => onChange({ ...row, value })} />;
    case "empty":
    case "missing":
      return <span />;
    default:
      return <LiteralValue index={index} value={row.value} onChange={(value) => onChange({ ...row, value })} />;
  }
}

function LiteralValue({ index, value, onChange }: { index: number; value: Literal; onChange(value: Literal): void }) {
  const [text, edit] = useSyncedText(value, formatLiteral, parseLiteral);
  return <Input aria-label={`Condition ${index} value`} placeholder="value" value={text} onChange={(event) => onChange(edit(event.target.value))} />;
}

function ListValue({ index, value, onChange }: { index: number; value: Literal[]; onChange(value: Literal[]): void }) {
  const [text, edit] = useSyncedText<Literal[]>(value, formatLiteralList, parseLiteralList);
  return <Input aria-label={`Condition ${index} values`} placeholder="a, b, c" value={text} onChange={(event) => onChange(edit(event.target.value))} />;
}
