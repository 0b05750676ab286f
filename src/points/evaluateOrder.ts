import type { EarnContext } from "./EarnContext.js";
import type { PointsOrder } from "./PointsOrder.js";
import type { PointsProgram, PointsProgramInput } from "./PointsProgram.js";
import { compileEarnRules } from "./compileEarnRules.js";
import { evaluateEarnRules, type EarnEvaluation } from "./evaluateEarnRules.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { readEarnContext } from "./readEarnContext.js";
import { readOrder } from "./readOrder.js";
import { readPointsProgram } from "./readPointsProgram.js";

/**
 * Validates the inputs of {@link calculateEarn} and evaluates the rules, without formatting the trace
 * (the ledger reads only the awards).
 *
 * @internal
 */
export function evaluateOrder(program: PointsProgramInput | PointsProgram, order: PointsOrder, context?: EarnContext): EarnEvaluation {
  const { program: parsed, calendar } = readPointsProgram(program);
  const compiled = compileEarnRules(parsed, calendar);
  const read = readOrder(order, calendar);
  const ctx = readEarnContext(context, calendar);
  const t = ctx.at === ctx.at ? ctx.at : read.at;
  if (t !== t) throw invalidArgument("order.at", undefined, "an instant (order.at or context.at)");
  return evaluateEarnRules(compiled, calendar, t, read, ctx, null);
}
