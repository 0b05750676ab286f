import { Decimal } from "../_lib/Decimal.js";
import { TIER_METRICS } from "./TIER_METRICS.js";
import type { TierProgram, TierQualification } from "./TierProgram.js";

/** What {@link checkTierProgram} needs of zod's refinement context. @internal */
export interface IssueSink {
  addIssue(issue: { code: "custom"; path: (string | number)[]; message: string }): void;
}

const PERIODIC = new Set(["calendarYear", "calendarQuarter", "calendarMonth", "anniversary"]);

/**
 * The cross-field checks of `tierProgramSchema`, once the shapes are parsed; each failure is an
 * issue at the path of the offending field (see the schema for the list).
 *
 * @internal
 */
export function checkTierProgram(program: Pick<TierProgram, "metrics" | "tiers" | "window" | "upgrade" | "validity">, ctx: IssueSink): void {
  const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: "custom", path, message });
  const known = new Set<string>(TIER_METRICS);
  program.metrics.forEach((metric, i) => {
    if (metric === "at") issue(["metrics", i], 'metric "at" would clash with the instant of an activity row');
    else if (known.has(metric)) issue(["metrics", i], `metric ${JSON.stringify(metric)} is ${(TIER_METRICS as readonly string[]).includes(metric) ? "built in" : "declared twice"}`);
    known.add(metric);
  });

  const ids = new Map<string, number>();
  const ranks = new Map<number, number>();
  const bases: number[] = [];
  program.tiers.forEach((tier, i) => {
    const id = ids.get(tier.id);
    if (id !== undefined) issue(["tiers", i, "id"], `tier id ${JSON.stringify(tier.id)} is also tiers[${id}]'s`);
    else ids.set(tier.id, i);
    const rank = ranks.get(tier.rank);
    if (rank !== undefined) issue(["tiers", i, "rank"], `rank ${tier.rank} is also tiers[${rank}]'s (ranks are unique)`);
    else ranks.set(tier.rank, i);
    if (tier.qualify === null) bases.push(i);
    tier.qualify?.criteria.forEach((criterion, k) => {
      if (!known.has(criterion.metric)) {
        issue(["tiers", i, "qualify", "criteria", k, "metric"], `unknown metric ${JSON.stringify(criterion.metric)} (known: ${[...known].join(", ")}; declare custom ones in metrics)`);
      }
    });
  });
  if (bases.length !== 1) {
    issue(["tiers"], bases.length === 0 ? "expected a base tier (one without qualify), which every member holds" : `expected one base tier (without qualify), found ${bases.length}: ${bases.map((i) => `tiers[${i}]`).join(", ")}`);
  } else {
    const base = program.tiers[bases[0] as number] as TierProgram["tiers"][number];
    program.tiers.forEach((tier, i) => {
      if (tier.rank < base.rank) issue(["tiers", i, "rank"], `rank ${tier.rank} is below the base tier's (${base.rank}): the base tier is the lowest`);
    });
  }

  // A tier whose every qualifier also qualifies for a higher tier is never held.
  program.tiers.forEach((lower, i) => {
    const qualify = lower.qualify;
    if (qualify === null) return;
    program.tiers.forEach((higher, j) => {
      if (higher.rank > lower.rank && higher.qualify !== null && implies(qualify, higher.qualify)) {
        issue(["tiers", i, "qualify"], `tier ${JSON.stringify(lower.id)} can never be held: whoever qualifies for it qualifies for the higher tiers[${j}] (${JSON.stringify(higher.id)}); a higher tier should ask more`);
      }
    });
  });

  if (!PERIODIC.has(program.window.type)) {
    if (program.upgrade === "nextPeriod") issue(["upgrade"], `upgrade "nextPeriod" needs a window with periods (calendar or anniversary), not ${JSON.stringify(program.window.type)}`);
    if (program.validity.type !== "months") issue(["validity", "type"], `validity ${JSON.stringify(program.validity.type)} needs a window with periods (calendar or anniversary), not ${JSON.stringify(program.window.type)}`);
  }
}

/** Whether every member who meets `a` meets `b` (the same metric totals). */
function implies(a: TierQualification, b: TierQualification): boolean {
  const covers = (x: { metric: string; atLeast: string }, y: { metric: string; atLeast: string }): boolean => x.metric === y.metric && (x.atLeast === y.atLeast || new Decimal(x.atLeast).gte(y.atLeast));
  if (a.combine === "all") {
    // meeting all of a's: each of b's is met when a asks at least as much of its metric
    return b.combine === "all" ? b.criteria.every((y) => a.criteria.some((x) => covers(x, y))) : b.criteria.some((y) => a.criteria.some((x) => covers(x, y)));
  }
  // meeting any one of a's must meet b
  return a.criteria.every((x) => (b.combine === "any" ? b.criteria.some((y) => covers(x, y)) : b.criteria.every((y) => covers(x, y))));
}
