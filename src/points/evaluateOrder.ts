import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import type { EarnContext } from "./EarnContext.js";
import type { PointsOrder } from "./PointsOrder.js";
import type { PointsProgram, PointsProgramInput } from "./PointsProgram.js";
import { compileEarnRules, type CompiledRules } from "./compileEarnRules.js";
import { evaluateEarnRules, type EarnEvaluation } from "./evaluateEarnRules.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { readEarnContext } from "./readEarnContext.js";
import { readOrder } from "./readOrder.js";
import { readPointsProgram } from "./readPointsProgram.js";

// The last programme seen and its compiled rules: the ledger evaluates every order of one
// programme, so this spares the two cache look-ups (both caches are by identity, like this one).
let lastProgram: object | null = null;
let lastCompiled: CompiledRules | null = null;
let lastCalendar: ZoneCalendar | null = null;

/**
 * Validates the inputs of {@link calculateEarn} and evaluates the rules. Without `trace` (the
 * ledger, which reads only the points and awards) no trace is recorded and the result's
 * `toResult()` throws; {@link calculateEarn} asks for it.
 *
 * @internal
 */
export function evaluateOrder(program: PointsProgramInput | PointsProgram, order: PointsOrder, context?: EarnContext, trace = false): EarnEvaluation {
  let compiled: CompiledRules;
  let calendar: ZoneCalendar;
  if (program === lastProgram && lastCompiled !== null && lastCalendar !== null) {
    compiled = lastCompiled;
    calendar = lastCalendar;
  } else {
    const read = readPointsProgram(program);
    calendar = read.calendar;
    compiled = compileEarnRules(read.program, calendar);
    lastProgram = program;
    lastCompiled = compiled;
    lastCalendar = calendar;
  }
  const read = readOrder(order, calendar);
  const ctx = readEarnContext(context, calendar);
  const t = ctx.at === ctx.at ? ctx.at : read.at;
  if (t !== t) throw invalidArgument("order.at", undefined, "an instant (order.at or context.at)");
  return evaluateEarnRules(compiled, calendar, t, read, ctx, null, trace);
}
