import type { LoyaltyLevel } from "./LoyaltyLevel.js";

function level(entry: LoyaltyLevel): LoyaltyLevel {
  return Object.freeze(entry);
}

/**
 * The six loyalty levels of the two-axis model (忠诚度二维模型) of the source, lowest first, each with
 * its rank (= index), Chinese and English names, its cell on the behavioural and attitudinal axes and
 * what tells it apart. The array and every entry are frozen.
 *
 * Inertia and mercenary share the cell "high behaviour, low attitude" and are told apart by the share
 * of incentive-driven purchases; committed and fanatic share "high behaviour, high attitude" and are
 * told apart by a very high attitude with advocacy. The grid is Dick & Basu's (1994); see
 * {@link toDickBasu}.
 *
 * @see Dick, A. S. & Basu, K. (1994). Customer loyalty: toward an integrated conceptual framework.
 *   Journal of the Academy of Marketing Science 22(2), 99–113 (the relative attitude × repeat
 *   patronage grid).
 * @see 诸葛io, 2个方法迅速增强产品的客户忠诚度 (seed 002): the six levels and their names.
 *
 * @example
 * ```ts
 * import { LOYALTY_LEVELS } from "patronage/loyalty";
 *
 * LOYALTY_LEVELS.map((l) => l.id);
 * //=> ["none", "inertia", "mercenary", "latent", "committed", "fanatic"]
 * LOYALTY_LEVELS[2]?.zh; //=> "雇佣型忠诚"
 * Object.isFrozen(LOYALTY_LEVELS); //=> true
 * ```
 */
export const LOYALTY_LEVELS: readonly LoyaltyLevel[] = /* @__PURE__ */ Object.freeze([
  level({
    id: "none",
    rank: 0,
    zh: "不忠诚",
    en: "no loyalty",
    behaviour: "low",
    attitude: "low",
    description: "Rarely buys or uses the product and cannot recall the brand.",
  }),
  level({
    id: "inertia",
    rank: 1,
    zh: "惯性型忠诚",
    en: "inertia loyalty",
    behaviour: "high",
    attitude: "low",
    description:
      "Buys again out of habit or convenience, not preference, and never recommends the brand: the chestnut stall downstairs whose name one does not know.",
  }),
  level({
    id: "mercenary",
    rank: 2,
    zh: "雇佣型忠诚",
    en: "mercenary loyalty",
    behaviour: "high",
    attitude: "low",
    description:
      "Repeat buying is bought with incentives (points, rebates, gifts); a competitor's better offer takes the customer away.",
  }),
  level({
    id: "latent",
    rank: 3,
    zh: "潜在忠诚",
    en: "latent loyalty",
    behaviour: "low",
    attitude: "high",
    description: "Active and attached to the brand but does not buy, or buys little: cheers without paying (只吆喝不买).",
  }),
  level({
    id: "committed",
    rank: 4,
    zh: "坚定型忠诚",
    en: "committed loyalty",
    behaviour: "high",
    attitude: "high",
    description:
      "A stable emotional attachment with continued repeat buying, even against a cheaper or more generous competitor.",
  }),
  level({
    id: "fanatic",
    rank: 5,
    zh: "狂热型忠诚",
    en: "fanatic loyalty",
    behaviour: "high",
    attitude: "very high",
    description:
      "Committed and proud of it, and actively spreads the brand to others: a walking loudspeaker (移动的小广播).",
  }),
]);
