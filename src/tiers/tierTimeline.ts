import { invalidArgument } from "../_lib/invalidArgument.js";
import { readInstant } from "../_lib/readInstant.js";
import type { TierActivityRow, TierOverride } from "./TierActivity.js";
import type { TierChange } from "./TierChange.js";
import type { TierProgram } from "./TierProgram.js";
import type { TierProgramInput } from "./TierProgramInput.js";
import { readTierInputs } from "./readTierInputs.js";
import { visibleTimeline } from "./visibleTimeline.js";

/** Options of {@link tierTimeline}. */
export interface TierTimelineOptions {
  /** When the member joined (they hold the base tier from then). */
  readonly joinedAt: Date | string;
  /** The first change to list (inclusive); default: joining. */
  readonly from?: Date | string | undefined;
  /** The last instant to follow (inclusive); default: the last row, the instant the last reversal leaves the window, what follows without activity (a pending upgrade, the downgrades validities lead to, at most one per tier), and the overrides' ends. */
  readonly to?: Date | string | undefined;
  /** Tiers granted or locked by hand. */
  readonly overrides?: readonly TierOverride[] | undefined;
}

/**
 * Every change of a member's tier in order, a function of the activity alone: upgrades (at the
 * row that crosses a threshold, or at the next period's start under `upgrade: "nextPeriod"`),
 * renewals (the tier earned again — counting only rows after it was reached or last renewed — and
 * its validity pushed further), downgrades (a validity that ended, after the grace period, by the
 * `downgrade` rule; or a reversal under `"downgradeWithinPeriod"`), and overrides. A refund is a
 * negative row: it lowers the window's totals from its instant on, and changes the history by the
 * `reversals` rule.
 *
 * @param program - the tier programme.
 * @param activity - the member's rows, in any order (rows at one instant count together).
 * @param options - `joinedAt`, and optionally `from`, `to` and `overrides`.
 * @throws {@link index!PatronageError} `INVALID_CONFIG` for a bad programme; `INVALID_ARGUMENT`
 *   naming `activity[i].…` or `options.…`.
 *
 * @example
 * ```ts
 * import { tierTimeline } from "patronage/tiers";
 *
 * const program = {
 *   id: "stars",
 *   timeZone: "America/New_York",
 *   tiers: [
 *     { id: "green", rank: 0 },
 *     { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } },
 *   ],
 * };
 * const activity = [
 *   { at: "2026-03-01", points: 300 },
 *   { at: "2026-05-10", points: 200 },
 * ];
 * tierTimeline(program, activity, { joinedAt: "2026-03-01", to: "2027-06-01" }).map((c) => `${c.at} ${c.kind} ${c.to}`);
 * //=> ["2026-05-10T04:00:00.000Z upgrade gold", "2027-05-10T04:00:00.000Z downgrade green"]
 * ```
 */
export function tierTimeline(program: TierProgramInput | TierProgram, activity: readonly TierActivityRow[], options: TierTimelineOptions): TierChange[] {
  const inputs = readTierInputs(program, activity, options);
  const { calendar, joinedAt, simulation } = inputs;
  const from = options.from === undefined ? joinedAt : readInstant(options.from, calendar, "options.from");
  let to: number;
  if (options.to === undefined) {
    // the last row and the last refund leaving the window, then what follows without activity: a pending upgrade, validities that run out
    to = Math.max(joinedAt, simulation.lastRowAt, simulation.lastLeaveAt);
    simulation.run(to);
    for (let k = 0; k <= simulation.tiers.length && Number.isFinite(simulation.nextScheduled()); k++) {
      to = simulation.nextScheduled();
      simulation.run(to);
    }
    for (const o of inputs.overrides) to = Math.max(to, Number.isFinite(o.until) ? o.until : o.from);
  } else {
    to = readInstant(options.to, calendar, "options.to");
  }
  if (to < from) throw invalidArgument("options.to", options.to, `an instant no earlier than from (${new Date(from).toISOString()})`);
  simulation.run(to);
  const base = simulation.tiers[0]?.id as string;
  return visibleTimeline(base, simulation.changes, inputs.overrides, to).filter((change) => Date.parse(change.at) >= from);
}
