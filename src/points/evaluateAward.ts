import type { EarnContext } from "./EarnContext.js";
import type { PointsAwardInput } from "./PointsAwardInput.js";
import type { PointsProgram, PointsProgramInput } from "./PointsProgram.js";
import { compileEarnRules } from "./compileEarnRules.js";
import { daysInMonth } from "../_lib/civilDays.js";
import { evaluateEarnRules, type EarnEvaluation } from "./evaluateEarnRules.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { readEarnContext } from "./readEarnContext.js";
import { readPointsProgram } from "./readPointsProgram.js";
import { rejectUnknownKeys } from "./rejectUnknownKeys.js";

const BIRTHDAY = /^(\d{2})-(\d{2})$/;
const AWARD_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["event", "role", "birthday"]);

/**
 * Validates the inputs of {@link calculateAward} and evaluates the rules, without formatting the trace
 * (the ledger reads only the awards).
 *
 * @internal
 */
export function evaluateAward(program: PointsProgramInput | PointsProgram, award: PointsAwardInput, context: EarnContext): EarnEvaluation {
  const { program: parsed, calendar } = readPointsProgram(program);
  const compiled = compileEarnRules(parsed, calendar);
  if (typeof award !== "object" || award === null) throw invalidArgument("award", award, "an award object");
  rejectUnknownKeys(award, AWARD_KEYS, "award", "an award");
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
  return evaluateEarnRules(compiled, calendar, ctx.at, null, ctx, { event, role: role ?? null, birthdayMonth, birthdayDay }, true);
}
