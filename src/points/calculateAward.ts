import { daysInMonth } from "../_lib/civilDays.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { compileEarnRules } from "./compileEarnRules.js";
import type { EarnContext } from "./EarnContext.js";
import type { EarnResult } from "./EarnResult.js";
import { evaluateEarnRules } from "./evaluateEarnRules.js";
import type { PointsAwardInput } from "./PointsAwardInput.js";
import type { PointsProgram, PointsProgramInput } from "./PointsProgram.js";
import { readEarnContext } from "./readEarnContext.js";
import { readPointsProgram } from "./readPointsProgram.js";

const BIRTHDAY = /^(\d{2})-(\d{2})$/;

/**
 * The points an event earns (sign-up, birthday, referral or a custom event) — a dry run like
 * {@link calculateEarn}: the `event` rules named `award.event` are evaluated in declared order at
 * t = `context.at` (required), with the same conditions (`channels` read from `context.channel`;
 * `minOrderAmount` compares with a total of 0), caps, stacking and groups. Other rules are not
 * evaluated and not traced.
 *
 * - `role`: a rule with a role fires only for an award with that role.
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
 * @param context - `at` (required), `tier`, `channel`, `usage`, `occurrences`.
 * @returns the points and awards per rule, and the trace of the event's rules.
 * @throws {@link index!PatronageError} `INVALID_CONFIG` for an invalid programme; `INVALID_ARGUMENT`
 *   naming `award.event`, `award.role`, `award.birthday` (also when a birthday rule is evaluated
 *   without one), `context.at` (missing or invalid) or another context field.
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
  const { program: parsed, calendar } = readPointsProgram(program);
  const compiled = compileEarnRules(parsed, calendar);
  if (typeof award !== "object" || award === null) throw invalidArgument("award", award, "an award object");
  const { event, role, birthday } = award;
  if (typeof event !== "string" || event.length === 0) throw invalidArgument("award.event", event, "a non-empty string");
  if (role !== undefined && role !== "referrer" && role !== "referee") throw invalidArgument("award.role", role, '"referrer" or "referee"');
  let birthdayMonth = 0;
  let birthdayDay = 0;
  if (birthday !== undefined) {
    const match = typeof birthday === "string" ? BIRTHDAY.exec(birthday) : null;
    const m = match === null ? 0 : Number(match[1]);
    const d = match === null ? 0 : Number(match[2]);
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(2024, m)) throw invalidArgument("award.birthday", birthday, 'a date "MM-DD" such as "03-14"');
    birthdayMonth = m;
    birthdayDay = d;
  }
  const ctx = readEarnContext(context, calendar);
  if (ctx.at !== ctx.at) throw invalidArgument("context.at", context?.at, "the instant of the award");
  return evaluateEarnRules(compiled, calendar, ctx.at, null, ctx, { event, role: role ?? null, birthdayMonth, birthdayDay });
}
