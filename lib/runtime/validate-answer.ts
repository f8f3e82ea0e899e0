import type { AnswerValidation, JsonValue } from "./bundle-types";
import { normalizeText } from "./nlu";

/**
 * Checks a user's answer against a question's validation and returns the value to store
 * (numbers as numbers, dates as YYYY-MM-DD, choices as written by the designer, phones without
 * separators), or undefined when the answer does not validate.
 */
export function validateAnswer(text: string, validation: AnswerValidation, choices: readonly string[] = []): JsonValue | undefined {
  const answer = text.trim();
  // a bundle from outside may name a validation there is no check for: nothing validates
  return answer && Object.hasOwn(VALIDATORS, validation) ? VALIDATORS[validation](answer, choices) : undefined;
}

/** One check per validation; the mapped type makes a missing one a compile error. */
const VALIDATORS: { [V in AnswerValidation]: (answer: string, choices: readonly string[]) => JsonValue | undefined } = {
  text: (answer) => answer,
  number(answer) {
    const compact = answer.replace(/[\s_]/g, "").replace(/^#/, "").replace(/^(-?\d+),(\d+)$/, "$1.$2");
    return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : undefined;
  },
  email: (answer) => (/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(answer) ? answer.toLowerCase() : undefined),
  phone(answer) {
    if (!/^\+?[\d\s().-]+$/.test(answer)) return undefined;
    const digits = answer.replace(/\D/g, "");
    return /^\d{7,15}$/.test(digits) ? (answer[0] === "+" ? "+" : "") + digits : undefined;
  },
  /** YYYY-MM-DD or DD/MM/YYYY (also with dots or dashes); the calendar must agree. */
  date(answer) {
    const iso = answer.replace(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, "$3-$2-$1");
    const [, y, m, d] = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso) ?? [];
    if (!y || !m || !d) return undefined;
    const date = new Date(Date.UTC(+y, +m - 1, +d));
    return date.getUTCDate() === +d && date.getUTCMonth() === +m - 1 ? date.toISOString().slice(0, 10) : undefined;
  },
  choice(answer, choices) {
    const wanted = normalizeText(answer);
    return choices.find((choice) => normalizeText(choice) === wanted);
  },
};
