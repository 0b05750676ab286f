import type { StoppingRules } from "./StoppingRules.js";

/**
 * The size of f the tolerances are relative to, S = max(1, min(|f(x0)|, |f|)) (see
 * {@link StoppingRules.startValue}).
 *
 * @param f - the current value of the objective.
 * @param rules - the stopping rules, which hold f(x0).
 * @returns S, at least 1.
 * @internal
 */
export function sizeOf(f: number, rules: StoppingRules): number {
  return Math.max(1, Math.min(Math.abs(rules.startValue), Math.abs(f)));
}
