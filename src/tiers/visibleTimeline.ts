import { formatIsoInstant } from "../_lib/formatIsoInstant.js";
import type { ReadOverride } from "./readTierInputs.js";
import type { TierChange } from "./TierChange.js";

/** The tier shown at an instant: the tier and the override in force, if any. */
interface Shown {
  readonly tier: string;
  readonly override: ReadOverride | undefined;
}

/**
 * The member's history as shown: the automatic changes (`automatic`, in order, from `base` at
 * joining) outside overrides, and an `"override"` and an `"override-ended"` change at the edges of
 * each override in force (a later override takes over from an earlier one). Changes after `end`
 * are left out.
 *
 * @internal
 */
export function visibleTimeline(base: string, automatic: readonly TierChange[], overrides: readonly ReadOverride[], end: number): TierChange[] {
  const changeAt = automatic.map((c) => Date.parse(c.at));
  /** The automatic tier at `t` (changes at `t` included). */
  const auto = (t: number): string => {
    let tier = base;
    for (let k = 0; k < automatic.length && (changeAt[k] as number) <= t; k++) tier = (automatic[k] as TierChange).to;
    return tier;
  };
  const shown = (t: number): Shown => {
    let override: ReadOverride | undefined;
    for (const o of overrides) if (o.from <= t && t < o.until) override = o;
    if (override === undefined) return { tier: auto(t), override };
    return { tier: override.mode === "grant" ? (override.tierId as string) : auto(override.from), override };
  };
  const instants = [...new Set([...changeAt, ...overrides.flatMap((o) => [o.from, o.until])])].filter((t) => Number.isFinite(t) && t <= end).sort((a, b) => a - b);
  const out: TierChange[] = [];
  let before = shown(Number.NEGATIVE_INFINITY);
  for (const t of instants) {
    const after = shown(t);
    if (after.override !== undefined && after.override !== before.override) {
      out.push({ at: formatIsoInstant(t), from: before.tier, to: after.tier, kind: "override", reason: after.override.reason });
    } else if (after.override === undefined && before.override !== undefined) {
      out.push({ at: formatIsoInstant(t), from: before.tier, to: after.tier, kind: "override-ended", reason: `override ended (${before.override.reason})` });
    } else if (after.override === undefined) {
      automatic.forEach((c, k) => {
        if (changeAt[k] === t) out.push(c);
      });
    }
    before = after;
  }
  return out;
}
