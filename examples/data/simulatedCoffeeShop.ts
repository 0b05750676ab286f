/**
 * A built-in data set for the points example: a year of visits to a simulated coffee shop, drawn
 * with a seeded generator — who comes, when, what they buy, when they would like a free drink, and
 * which lines they bring back. The same on every run and every machine.
 *
 * The data holds only what customers do; what the programme makes of it (points, refusals,
 * expiry) is the ledger's business, in examples/points-program.ts.
 */
import { createRng } from "patronage/math";

/** The parameters the coffee shop's members are drawn from (money in CNY, times in Asia/Shanghai). */
export const SIMULATED_COFFEE_SHOP = {
  members: 400,
  seed: 2026,
  timeZone: "Asia/Shanghai",
  /** The year simulated: visits from January 1 to December 31 (local). */
  year: 2026,
  /** Visits per week ~ Gamma(shape, scale): most come now and then, a few every day. */
  visitsPerWeek: { shape: 1.2, scale: 1.5 },
  /** Members join during the first months: the day of their first possible visit ~ Uniform(0, joinDays). */
  joinDays: 150,
  /** After each visit, a member stops coming with this probability (churn). */
  churnPerVisit: 0.01,
  /** The menu, by category: [sku, price]. */
  menu: {
    drinks: [
      ["americano", "22.00"],
      ["latte", "28.00"],
      ["flat-white", "30.00"],
      ["cold-brew", "32.00"],
    ],
    pastry: [
      ["croissant", "16.00"],
      ["muffin", "14.50"],
      ["cheesecake", "26.00"],
    ],
    beans: [
      ["house-blend-250g", "88.00"],
      ["single-origin-250g", "128.00"],
    ],
  },
  /** Probabilities per visit: a pastry, a bag of beans, a wish to redeem a reward. */
  pastryShare: 0.35,
  beansShare: 0.06,
  rewardWish: 0.5,
  /** Share of orders with a refunded line, brought back 1–10 days later. */
  refundShare: 0.02,
} as const;

/** One line of a visit's order. */
export interface CoffeeLine {
  readonly lineId: string;
  readonly sku: string;
  readonly category: "drinks" | "pastry" | "beans";
  readonly amount: string;
}

/** One visit: an order, and whether the member would like to spend points on a reward. */
export interface CoffeeVisit {
  readonly memberId: string;
  readonly at: Date;
  readonly orderId: string;
  readonly lines: readonly CoffeeLine[];
  /** The member asks for a reward (if the balance allows it). */
  readonly wantsReward: boolean;
  /** A number in [0, 1) that decides what happens at the till to a reward: captured, cancelled or forgotten. */
  readonly tillRoll: number;
}

/** A line brought back. */
export interface CoffeeRefund {
  readonly orderId: string;
  readonly lineId: string;
  readonly at: Date;
}

/** A member of the coffee shop's programme. */
export interface CoffeeMember {
  readonly memberId: string;
  /** `"MM-DD"`. */
  readonly birthday: string;
}

/** The simulated year. */
export interface CoffeeShopYear {
  readonly members: readonly CoffeeMember[];
  /** Every visit, in time order. */
  readonly visits: readonly CoffeeVisit[];
  /** Every refund, in time order. */
  readonly refunds: readonly CoffeeRefund[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Asia/Shanghai has no daylight saving time: local = UTC + 8 h. */
const OFFSET = 8 * HOUR;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The simulated coffee shop's year (the same on every run). */
export function simulatedCoffeeShop(): CoffeeShopYear {
  const p = SIMULATED_COFFEE_SHOP;
  const rng = createRng(p.seed);
  const start = Date.UTC(p.year, 0, 1) - OFFSET; // local midnight, January 1
  const end = Date.UTC(p.year + 1, 0, 1) - OFFSET;
  const members: CoffeeMember[] = [];
  const visits: CoffeeVisit[] = [];
  const refunds: CoffeeRefund[] = [];
  const pick = <T>(items: readonly T[]): T => items[rng.integer(0, items.length - 1)] as T;
  for (let m = 0; m < p.members; m++) {
    const memberId = `M${String(m + 1).padStart(4, "0")}`;
    const month = rng.integer(1, 12);
    const day = rng.integer(1, DAYS_IN_MONTH[month - 1] as number);
    members.push({ memberId, birthday: `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` });
    const perWeek = rng.gamma(p.visitsPerWeek.shape, p.visitsPerWeek.scale);
    let at = start + rng.integer(0, p.joinDays - 1) * DAY;
    for (let visit = 1; ; visit++) {
      // Open 07:00–21:00 local, on the minute.
      const day0 = Math.floor((at + OFFSET) / DAY) * DAY - OFFSET;
      const when = day0 + 7 * HOUR + rng.integer(0, 14 * 60 - 1) * 60_000;
      if (when >= end) break;
      const orderId = `${memberId}-${String(visit).padStart(3, "0")}`;
      const lines: CoffeeLine[] = [];
      const add = (category: CoffeeLine["category"]): void => {
        const [sku, amount] = pick<readonly [string, string]>(p.menu[category]);
        lines.push({ lineId: `${orderId}/${lines.length + 1}`, sku, category, amount });
      };
      add("drinks");
      if (rng.uniform() < p.pastryShare) add("pastry");
      if (rng.uniform() < p.beansShare) add("beans");
      visits.push({ memberId, at: new Date(when), orderId, lines, wantsReward: rng.uniform() < p.rewardWish, tillRoll: rng.uniform() });
      if (rng.uniform() < p.refundShare) {
        const line = pick(lines);
        refunds.push({ orderId, lineId: line.lineId, at: new Date(when + rng.integer(1, 10) * DAY + 2 * HOUR) });
      }
      if (rng.uniform() < p.churnPerVisit) break;
      // The next visit: an exponential gap at the member's rate, at least the next day.
      at = when + Math.max(1, Math.round(rng.exponential(perWeek / 7))) * DAY;
    }
  }
  const byTime = (a: { at: Date }, b: { at: Date }): number => a.at.getTime() - b.at.getTime();
  visits.sort(byTime);
  refunds.sort(byTime);
  return { members, visits, refunds: refunds.filter((r) => r.at.getTime() < end) };
}
