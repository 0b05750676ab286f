/**
 * Tiers and points together, Starbucks-style: `npx tsx examples/tiers-and-points.ts`.
 *
 * The points ledger (`patronage/points`) earns stars on each order; the tier programme
 * (`patronage/tiers`) reads the stars earned as activity and tells the member's tier; the tier's
 * earn multiplier (`tierBenefits`) becomes an earning rule conditioned on the tier, and each earn
 * command carries the member's tier at that moment. Neither module imports the other: the host
 * wires them, as here. Imports use the package's own subpaths, exactly as an application would.
 */
import { pathToFileURL } from "node:url";
import { PointsLedger, type PointsEvent, type PointsProgramInput } from "patronage/points";
import { evaluateTier, tierBenefits, tierDistribution, type TierActivityRow, type TierProgramInput } from "patronage/tiers";

/** Green on joining, Gold at 500 stars in 12 months (×1.2), Reserve at 2,500 (×1.7); valid 12 months, kept with as many again. */
export const STARS: TierProgramInput = {
  id: "stars",
  timeZone: "America/New_York",
  tiers: [
    { id: "green", rank: 0 },
    { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] }, benefits: { earnMultiplier: "1.2", pointsNeverExpire: true } },
    { id: "reserve", rank: 2, qualify: { criteria: [{ metric: "points", atLeast: 2500 }] }, benefits: { earnMultiplier: "1.7", pointsNeverExpire: true } },
  ],
  window: { type: "rolling", months: 12 },
  validity: { type: "months", months: 12 },
};

/** 1 star per dollar, and one multiplier rule per tier whose benefits multiply earning. */
export const STAR_POINTS: PointsProgramInput = {
  id: "star-points",
  timeZone: "America/New_York",
  currency: "USD",
  earnRules: [
    { id: "stars", type: "spend", rate: { points: 1, per: 1 } },
    ...STARS.tiers
      .map((tier) => ({ tier: tier.id, factor: tierBenefits(STARS, tier.id).earnMultiplier }))
      .filter(({ factor }) => factor !== "1")
      .map(({ tier, factor }) => ({ id: `tier-${tier}`, type: "multiplier" as const, factor, conditions: { tiers: [tier] } })),
  ],
};

/** A year of orders of three members (dollars), one a month on the 5th, from March 2026. */
const SPEND: Record<string, number[]> = {
  ana: [120, 180, 260, 90, 300, 240, 310, 280, 350, 330, 400, 420],
  ben: [40, 35, 60, 30, 45, 50, 40, 55, 35, 60, 45, 50],
  cai: [60, 80, 70, 90, 120, 60, 75, 85, 95, 70, 80, 90],
};
const JOINED = "2026-03-01";

/** The stars each earn event issued, as tier activity (refunds would come in negative). */
function starsOf(event: PointsEvent): TierActivityRow | null {
  if (event.type !== "earned") return null;
  return { at: event.at, points: event.lots.reduce((sum, lot) => sum + lot.amount, 0) };
}

/** Runs the year; prints each member's path and returns the figures. */
export function main(print = false): { tiers: Record<string, string>; stars: Record<string, number>; firstGoldOrder: { member: string; order: number; stars: number } | null; distribution: string } {
  const ledger = PointsLedger.create(STAR_POINTS);
  const activity: Record<string, TierActivityRow[]> = {};
  const tiers: Record<string, string> = {};
  let firstGoldOrder: { member: string; order: number; stars: number } | null = null;
  const members = Object.keys(SPEND);
  for (const member of members) activity[member] = [];
  for (let month = 0; month < 12; month++) {
    const now = new Date(Date.UTC(2026, 2 + month, 5, 15));
    for (const member of members) {
      const dollars = SPEND[member]?.[month] as number;
      const tier = evaluateTier(STARS, activity[member] ?? [], { asOf: now, joinedAt: JOINED }).tier;
      const order = { orderId: `${member}-o${month}`, lines: [{ lineId: "1", amount: `${dollars}.00` }] };
      const outcome = ledger.execute({ id: `${member}-${month}`, type: "earn", memberId: member, tier, order }, { now });
      if (!outcome.ok) throw new Error(`${member}: ${outcome.message}`);
      for (const event of outcome.events) {
        const row = starsOf(event);
        if (row !== null) activity[member]?.push(row);
      }
      if (tier !== "green" && firstGoldOrder === null) firstGoldOrder = { member, order: month, stars: outcome.result.points };
      if (print) console.log(`  ${now.toISOString().slice(0, 10)} ${member} $${String(dollars).padStart(3)} as ${tier.padEnd(7)} → ${outcome.result.points} stars`);
    }
  }
  for (const member of members) tiers[member] = evaluateTier(STARS, activity[member] ?? [], { asOf: "2027-03-01", joinedAt: JOINED }).tier;
  const stars = Object.fromEntries(Object.keys(SPEND).map((m) => [m, ledger.balance(m).available + ledger.balance(m).pending]));
  const distribution = tierDistribution(STARS, Object.values(tiers))
    .tiers.map((t) => `${t.tier} ${t.count}`)
    .join(", ");
  if (print) console.log(`  on 2027-03-01: ${JSON.stringify(tiers)}; ${distribution}`);
  return { tiers, stars, firstGoldOrder, distribution };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(true);
