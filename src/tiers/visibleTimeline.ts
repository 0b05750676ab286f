import { formatIsoInstant } from "../_lib/formatIsoInstant.js";
import type { ReadOverride } from "./readTierInputs.js";
import type { TierChange } from "./TierChange.js";

/**
 * The member's history as shown: the automatic changes (`automatic`, in order, from `base` at
 * joining) outside overrides, and an `"override"` and an `"override-ended"` change at the edges of
 * each override in force (a later override takes over from an earlier one; a lock keeps the tier
 * shown just before it starts). Changes after `end` are left out. One pass over the instants.
 *
 * @internal
 */
export function visibleTimeline(base: string, automatic: readonly TierChange[], overrides: readonly ReadOverride[], end: number): TierChange[] {
  const changeAt = automatic.map((c) => Date.parse(c.at));
  const instants = [...new Set([...changeAt, ...overrides.flatMap((o) => [o.from, o.until])])].filter((t) => Number.isFinite(t) && t <= end).sort((a, b) => a - b);
  /** The tier a lock keeps, captured when it starts. */
  const locked = new Map<ReadOverride, string>();
  const out: TierChange[] = [];
  let next = 0;
  let auto = base;
  let shownTier = base;
  let shownOverride: ReadOverride | undefined;
  for (const t of instants) {
    const first = next;
    while (next < automatic.length && (changeAt[next] as number) <= t) auto = (automatic[next++] as TierChange).to;
    let override: ReadOverride | undefined;
    for (const o of overrides) if (o.from <= t && t < o.until) override = o;
    if (override !== undefined && override.mode === "lock" && !locked.has(override)) locked.set(override, shownTier);
    const tier = override === undefined ? auto : override.mode === "grant" ? (override.tierId as string) : (locked.get(override) as string);
    const at = formatIsoInstant(t);
    if (override !== undefined && override !== shownOverride) out.push({ at, from: shownTier, to: tier, kind: "override", reason: override.reason });
    else if (override === undefined && shownOverride !== undefined) out.push({ at, from: shownTier, to: tier, kind: "override-ended", reason: `override ended (${shownOverride.reason})` });
    else if (override === undefined) for (let k = first; k < next; k++) out.push(automatic[k] as TierChange);
    shownTier = tier;
    shownOverride = override;
  }
  return out;
}
