import type { EarnContext } from "./EarnContext.js";
import type { EarnResult } from "./EarnResult.js";
import { evaluateAward } from "./evaluateAward.js";
import type { PointsAwardInput } from "./PointsAwardInput.js";
import type { PointsProgram, PointsProgramInput } from "./PointsProgram.js";

/**
 * The points an event earns (sign-up, birthday, referral or a custom event) — a dry run like
 * {@link calculateEarn}: the `event` rules named `award.event` are evaluated in declared order at
 * t = `context.at` (required), with the same conditions (`channels` read from `context.channel`;
 * `minOrderAmount` compares with a total of 0), caps, stacking and groups. Other rules are not
 * evaluated and not traced.
 *
 * - `role`: a rule with a role fires only for an award with that role.
 * - A `"firstPurchase"` rule fires only when `context.firstPurchase` is true, as in
 *   {@link calculateEarn}.
 * - Birthday rules need `award.birthday` (`"MM-DD"`) and fire when the local date of t lies in
 *   the `windowDays` (default 1) days starting at the birthday — this year's or last year's, so a
 *   window across New Year works; 29 February counts on 28 February in a common year.
 * - `oncePer` (default `"lifetime"` for signup and firstPurchase, `"year"` for birthday, `"none"`
 *   otherwise): when `context.occurrences({ ruleId, periodKey })` ≥ 1 the rule is not applicable
 *   ("oncePer: already awarded in 2026"). The period is that of t, except for a birthday, whose
 *   period is that of the birthday the window starts at (a window across New Year counts in the
 *   birthday's year).
 *
 * Awards have empty `lines`; `basis` is `"0"`.
 *
 * @param program - the programme (parsed once per object, then cached).
 * @param award - the event, its `role` and the member's `birthday`.
 * @param context - `at` (required), `tier`, `channel`, `firstPurchase`, `usage`, `occurrences`.
 * @returns the points and awards per rule, and the trace of the event's rules.
 * @throws {@link index!PatronageError} `INVALID_CONFIG` for an invalid programme; `INVALID_ARGUMENT`
 *   naming `award.event`, `award.role`, `award.birthday` (also when a birthday rule is evaluated
 *   without one), `context.at` (missing or invalid), another context field, an unknown field
 *   (`award.rol`), or `program.earnRules` when the awards together pass 2^53 − 1.
 * @example
 * ```ts
 * import { calculateAward } from "patronage/points";
 *
 * const program = {
 *   id: "shop",
 *   timeZone: "Europe/Paris",
 *   currency: "EUR",
 *   earnRules: [{ id: "bday", type: "event", event: "birthday", points: 500, windowDays: 7 }],
 * };
 * calculateAward(program, { event: "birthday", birthday: "12-30" }, { at: "2027-01-04T12:00:00+01:00" }).points; //=> 500
 * calculateAward(program, { event: "birthday", birthday: "12-30" }, { at: "2027-01-06T12:00:00+01:00" }).points; //=> 0
 * ```
 */
export function calculateAward(program: PointsProgramInput | PointsProgram, award: PointsAwardInput, context: EarnContext): EarnResult {
  return evaluateAward(program, award, context).toResult();
}
