import type { LedgerState } from "./LedgerState.js";
import type { PointsProgram } from "./PointsProgram.js";

type Order = PointsProgram["consumptionOrder"];

/**
 * The comparator of a programme's `consumptionOrder` over lot ordinals: lots that come first sort
 * first; the last tie-break is creation order, so consumption is deterministic.
 *
 * @internal
 */
export function lotComparator(state: LedgerState, order: Order): (a: number, b: number) => number {
  const expiresAt = state.lotExpiresAt;
  const earnedAt = state.lotEarnedAt;
  const promotional = (o: number): number => (state.kinds[state.lotKind[o] as number]?.category === "promotional" ? 0 : 1);
  return (a, b) => {
    for (const key of order) {
      let d = 0;
      switch (key) {
        case "soonestExpiry": {
          const x = expiresAt[a] as number;
          const y = expiresAt[b] as number;
          d = x === y ? 0 : x < y ? -1 : 1;
          break;
        }
        case "promotionalFirst":
          d = promotional(a) - promotional(b);
          break;
        case "oldestFirst":
          d = (earnedAt[a] as number) - (earnedAt[b] as number);
          break;
        case "newestFirst":
          d = (earnedAt[b] as number) - (earnedAt[a] as number);
          break;
      }
      if (d !== 0) return d;
    }
    return a - b;
  };
}

/**
 * Takes up to `points` from the lots `lots` (ordinals; with what `taken` already holds taken from
 * them) in the programme's consumption order, among the lots `usable` accepts. Returns one move per
 * lot touched; `taken` is updated.
 *
 * @internal
 */
export function consumeLots(
  state: LedgerState,
  lots: readonly number[],
  points: number,
  order: Order,
  usable: (lot: number) => boolean,
  taken: Map<number, number>,
): LotTake[] {
  const moves: LotTake[] = [];
  if (points <= 0) return moves;
  const remaining = state.lotRemaining;
  const candidates = lots.filter((o) => usable(o) && (remaining[o] as number) - (taken.get(o) ?? 0) > 0);
  if (candidates.length > 1) candidates.sort(lotComparator(state, order));
  let left = points;
  for (const o of candidates) {
    const already = taken.get(o) ?? 0;
    const take = Math.min(left, (remaining[o] as number) - already);
    moves.push({ lot: o, points: take });
    taken.set(o, already + take);
    left -= take;
    if (left === 0) break;
  }
  return moves;
}

/** Points moved from or to a lot (by ordinal), inside the ledger. @internal */
export interface LotTake {
  readonly lot: number;
  readonly points: number;
}
