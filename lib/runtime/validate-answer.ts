import type { AnswerValidation, JsonValue } from "./bundle-types";
import { normalizeText } from "./nlu";

/**
 * Checks a user's answer against a question's validation and returns the value to store
 * (numbers as numbers, dates as YYYY-MM-DD, choices as written by the designer, phones without
 * separators), or undefined when the answer does not validate.
 */
export function validateAnswer(text: string, validation: AnswerValidation, choices: readonly string[] = []): JsonValue | undefined {
  const answer = text.trim();
  if (!answer) return undefined;
  switch (validation) {
    case "text":
      return answer;
    case "number": {
      const compact = answer.replace(/[\s_]/g, "").replace(/^#/, "").replace(/^(-?\d+),(\d+)$/, "$1.$2");
      return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : undefined;
    }
    case "email":
      return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(answer) ? answer.toLowerCase() : undefined;
    case "phone":
      return validPhone(answer);
    case "date":
      return validDate(answer);
    case "choice": {
      const wanted = normalizeText(answer);
      return choices.find((choice) => normalizeText(choice) === wanted);
    }
    default:
      return assertNever(validation);
  }
}

function validPhone(answer: string): string | undefined {
  if (!/^\+?[\d\s().-]+$/.test(answer)) return undefined;
  const digits = answer.replace(/\D/g, "");
  return /^\d{7,15}$/.test(digits) ? (answer[0] === "+" ? "+" : "") + digits : undefined;
}

/** YYYY-MM-DD or DD/MM/YYYY (also with dots or dashes); the calendar must agree. */
function validDate(answer: string): string | undefined {
  const iso = answer.replace(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, "$3-$2-$1");
  const [, y, m, d] = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso) ?? [];
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(+y, +m - 1, +d));
  return date.getUTCDate() === +d && date.getUTCMonth() === +m - 1 ? date.toISOString().slice(0, 10) : undefined;
}

function assertNever(value: never): undefined {
  void value;
  return undefined;
}
