import { invalidArgument } from "../_lib/invalidArgument.js";
import { PatronageError } from "../PatronageError.js";
import type { AnswerCounts } from "./AnswerCounts.js";
import { readAnswers } from "./readAnswers.js";

/** Answers of a 0–10 likelihood-to-recommend question, grouped. @internal */
export interface NpsTally {
  /** Answers of 9 or 10. */
  readonly promoters: number;
  /** Answers of 7 or 8. */
  readonly passives: number;
  /** Answers of 0 to 6. */
  readonly detractors: number;
  /** All answers. */
  readonly n: number;
}

const CATEGORIES = ["promoters", "passives", "detractors"] as const;

/**
 * Reads NPS input: raw 0–10 answers (an array or typed array, tallied in one pass by
 * {@link readAnswers}), eleven counts `{ counts }`, or the three group counts
 * `{ promoters, passives, detractors }` (which an `NpsResult` also carries).
 *
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming the answer (`answers[12]`) or
 *   count (`answers.promoters`); `INSUFFICIENT_DATA` naming `field` when there is no answer.
 * @internal
 */
export function readNpsCounts(
  input: ArrayLike<number> | AnswerCounts | { readonly promoters: number; readonly passives: number; readonly detractors: number },
  field: string,
): NpsTally {
  if (typeof input === "object" && input !== null && !ArrayBuffer.isView(input) && !Array.isArray(input) && "promoters" in input) {
    const values = [0, 0, 0];
    for (let k = 0; k < 3; k++) {
      const name = CATEGORIES[k]!;
      const c = (input as Record<string, unknown>)[name];
      if (typeof c !== "number" || !Number.isSafeInteger(c) || c < 0) throw invalidArgument(`${field}.${name}`, c, "a safe integer ≥ 0 (a number of answers)");
      values[k] = c;
    }
    const [promoters, passives, detractors] = values as [number, number, number];
    const n = promoters + passives + detractors;
    if (!Number.isSafeInteger(n)) throw invalidArgument(field, input, "counts whose sum is a safe integer");
    if (n === 0) throw new PatronageError("INSUFFICIENT_DATA", `${field} holds no answer: a score needs at least one`, { field, value: input });
    return { promoters, passives, detractors, n };
  }
  const { counts, n } = readAnswers(input as ArrayLike<number> | AnswerCounts, 0, 10, field);
  let detractors = 0;
  for (let v = 0; v <= 6; v++) detractors += counts[v]!;
  const passives = counts[7]! + counts[8]!;
  const promoters = counts[9]! + counts[10]!;
  return { promoters, passives, detractors, n };
}
