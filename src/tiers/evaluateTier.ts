import { formatIsoInstant } from "../_lib/formatIsoInstant.js";
import { invalidArgument } from "../_lib/invalidArgument.js";
import { readInstant } from "../_lib/readInstant.js";
import type { TierActivityRow, TierOverride } from "./TierActivity.js";
import type { TierEvaluation } from "./TierEvaluation.js";
import type { TierProgram, TierQualification } from "./TierProgram.js";
import type { TierProgramInput } from "./TierProgramInput.js";
import { readTierInputs } from "./readTierInputs.js";
import { scaled } from "./readTierActivity.js";
import { formatScaled, type TierSimulation } from "./TierSimulation.js";
import { visibleTimeline } from "./visibleTimeline.js";

/** Options of {@link evaluateTier}. */
export interface EvaluateTierOptions {
  /** The instant to evaluate at (rows at it count). */
  readonly asOf: Date | string;
  /** When the member joined (they hold the base tier from then). */
  readonly joinedAt: Date | string;
  /** Tiers granted or locked by hand. */
  readonly overrides?: readonly TierOverride[] | undefined;
}

/**
 * A member's tier at `asOf`, with what explains it and what comes next: the tier, since when and
 * until when; the window's totals of the metrics the criteria name; the next tier and what each of
 * its criteria still needs; what keeping the held tier still needs (counted since it was reached or
 * last renewed); the tier the member would fall to when the validity ends if nothing more happens.
 * The same history as {@link tierTimeline}: the tier is the last one the timeline shows up to
 * `asOf`.
 *
 * @param program - the tier programme.
 * @param activity - the member's rows, in any order; rows after `asOf` are ignored.
 * @param options - `asOf`, `joinedAt`, and optionally `overrides`.
 * @throws {@link index!PatronageError} `INVALID_CONFIG` for a bad programme; `INVALID_ARGUMENT`
 *   naming `activity[i].…` or `options.…`.
 *
 * @example
 * ```ts
 * import { evaluateTier } from "patronage/tiers";
 *
 * const program = {
 *   id: "stars",
 *   timeZone: "America/New_York",
 *   tiers: [
 *     { id: "green", rank: 0 },
 *     { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } },
 *     { id: "reserve", rank: 2, qualify: { criteria: [{ metric: "points", atLeast: 2500 }] } },
 *   ],
 * };
 * const activity = [
 *   { at: "2026-03-01", points: 300 },
 *   { at: "2026-05-10", points: 200 },
 *   { at: "2026-09-01", points: 120 },
 * ];
 * const standing = evaluateTier(program, activity, { asOf: "2026-10-01", joinedAt: "2026-03-01" });
 * standing.tier; //=> "gold"
 * standing.validUntil; //=> "2027-05-10T04:00:00.000Z"
 * standing.qualifying; //=> { points: "620" }
 * standing.next; //=> { tier: "reserve", remaining: { points: "1880" } }
 * standing.keep; //=> { remaining: { points: "380" } }
 * standing.projectedAtExpiry; //=> "green"
 * ```
 */
export function evaluateTier(program: TierProgramInput | TierProgram, activity: readonly TierActivityRow[], options: EvaluateTierOptions): TierEvaluation {
  const inputs = readTierInputs(program, activity, options);
  const { calendar, joinedAt, simulation } = inputs;
  const asOf = readInstant(options.asOf, calendar, "options.asOf");
  if (asOf < joinedAt) throw invalidArgument("options.asOf", options.asOf, `an instant no earlier than joinedAt (${new Date(joinedAt).toISOString()})`);
  simulation.run(asOf);
  const tiers = simulation.tiers;
  const shown = visibleTimeline(tiers[0]?.id as string, simulation.changes, inputs.overrides, asOf);
  const last = shown.at(-1);
  const tier = last?.to ?? (tiers[0]?.id as string);
  let since = joinedAt;
  for (const c of shown) if (c.kind !== "renewal") since = Date.parse(c.at);
  let override: (typeof inputs.overrides)[number] | undefined;
  for (const o of inputs.overrides) if (o.from <= asOf && asOf < o.until) override = o;
  const state = simulation.state;
  const reasons = shown.map((c) => `${c.at}: ${c.kind} ${c.from} → ${c.to} (${c.reason})`);

  const level = tiers.findIndex((t) => t.id === tier);
  const metrics = [...new Set(tiers.flatMap((t) => (t.qualify?.criteria ?? []).map((c) => c.metric)))];
  const low = simulation.clock.windowLow(asOf);
  const qualifying: Record<string, string> = {};
  for (const metric of metrics) qualifying[metric] = formatScaled(simulation.total(metric, low, asOf), simulation.rows.scales.get(metric) ?? 0);

  const nextTier = tiers[level + 1];
  const next = nextTier?.qualify ? { tier: nextTier.id, remaining: remaining(simulation, nextTier.qualify, low, asOf) } : null;
  let validUntil: string | null = state.validUntil < 0 ? null : formatIsoInstant(state.validUntil);
  let keep: TierEvaluation["keep"] = null;
  let projectedAtExpiry: string | null = null;
  if (override !== undefined) {
    validUntil = Number.isFinite(override.until) ? formatIsoInstant(override.until) : null;
    reasons.push(`held by an override (${override.mode}) since ${formatIsoInstant(override.from)}: ${override.reason}`);
  } else if (state.validUntil >= 0) {
    const qualify = tiers[state.level]?.qualify;
    if (qualify) keep = { remaining: remaining(simulation, qualify, simulation.keepLow(asOf), asOf) };
    // the rest of the history without the rows after asOf, up to the end of the validity
    simulation.run(simulation.expiresAt(), simulation.rowsUpTo(asOf));
    projectedAtExpiry = tiers[simulation.state.level]?.id ?? null;
  }
  return {
    tier,
    since: formatIsoInstant(since),
    validUntil,
    qualifying,
    next,
    keep,
    projectedAtExpiry,
    reasons,
  };
}

/** What each criterion still needs over `low < at ≤ t` (0 when met), as decimal strings. */
function remaining(simulation: TierSimulation, qualify: TierQualification, low: number, t: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of qualify.criteria) {
    const scale = simulation.rows.scales.get(c.metric) ?? 0;
    out[c.metric] = formatScaled(Math.max(0, scaled(c.atLeast, scale) - simulation.total(c.metric, low, t)), scale);
  }
  return out;
}
