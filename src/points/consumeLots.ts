import type { Lot } from "./LedgerState.js";
import type { LotMove } from "./PointsEvent.js";
import type { PointsProgram } from "./PointsProgram.js";

type Order = PointsProgram["consumptionOrder"];

/**
 * The comparator of a programme's `consumptionOrder`: lots that come first sort first; the last
 * tie-break is creation order, so consumption is deterministic.
 *
 * @internal
 */
export function lotComparator(order: Order): (a: Lot, b: Lot) => number {
  return (a, b) => {
    for (const key of order) {
      let d = 0;
      switch (key) {
        case "soonestExpiry":
          d = a.expiresAt === b.expiresAt ? 0 : a.expiresAt < b.expiresAt ? -1 : 1;
          break;
        case "promotionalFirst":
          d = (a.category === "promotional" ? 0 : 1) - (b.category === "promotional" ? 0 : 1);
          break;
        case "oldestFirst":
          d = a.earnedAt - b.earnedAt;
          break;
        case "newestFirst":
          d = b.earnedAt - a.earnedAt;
          break;
      }
      if (d !== 0) return d;
    }
    return a.ordinal - b.ordinal;
  };
}

/**
 * Takes up to `points` from `lots` (with what `taken` already holds taken from them) in the
 * programme's consumption order, among the lots `usable` accepts. Returns one move per lot touched;
 * `taken` is updated.
 *
 * @internal
 */
export function consumeLots(
  lots: readonly Lot[],
  points: number,
  order: Order,
  usable: (lot: Lot) => boolean,
  taken: Map<string, number>,
): LotMove[] {
  const moves: LotMove[] = [];
  if (points <= 0) return moves;
  const candidates = lots.filter((lot) => usable(lot) && lot.remaining - (taken.get(lot.lotId) ?? 0) > 0);
  if (candidates.length > 1) candidates.sort(lotComparator(order));
  let left = points;
  for (const lot of candidates) {
    const already = taken.get(lot.lotId) ?? 0;
    const take = Math.min(left, lot.remaining - already);
    moves.push({ lotId: lot.lotId, points: take });
    taken.set(lot.lotId, already + take);
    left -= take;
    if (left === 0) break;
  }
  return moves;
}
