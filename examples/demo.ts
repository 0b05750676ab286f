/**
 * A tour of patronage on built-in data: `npm run demo`.
 *
 * Each module adds its section. Imports use the package's own subpaths, exactly as an application
 * would (this repository maps them to `src/` in tsconfig.json, so no build is needed).
 */
import { isPatronageError } from "patronage";
import {
  chiSquareSurvival,
  createRng,
  hessian,
  hyp2f1,
  logGamma,
  minimize,
  normalCdf,
  normalQuantile,
  studentTQuantile,
} from "patronage/math";
import { classifyLoyaltyBatch, LOYALTY_LEVELS, loyaltyDistribution, loyaltyMigration, loyaltyPlaybook } from "patronage/loyalty";
import { BgNbd, customerLifetimeValue, GammaGamma } from "patronage/models";
import { PointsLedger, type PointsCommand } from "patronage/points";
import { compareNps, nps, npsSampleSize, ratingSummary } from "patronage/satisfaction";
import { evaluateTier, tierBenefits, tierDistribution, type TierActivityRow, type TierProgramInput } from "patronage/tiers";
import { customerValue, referralValue, retentionClv, summarizeTransactions } from "patronage/value";
import { simulatedLoyaltyPeriods } from "./data/simulatedLoyalty.js";
import { SIMULATED_SHOP, simulatedShopTransactions } from "./data/simulatedShop.js";
import { simulatedNpsAnswers } from "./data/simulatedSurveys.js";

const line = (label: string, value: string): void => console.log(`  ${label.padEnd(52)} ${value}`);
const section = (title: string): void => console.log(`\n== ${title} ${"=".repeat(Math.max(0, 72 - title.length))}`);
const fixed = (x: number, digits = 4): string => x.toFixed(digits);

console.log("patronage — the arithmetic of customer value and loyalty programmes");

// ---------------------------------------------------------------------------------------------
section("patronage/math · special functions and their far tails");

line("logGamma(0.5) = ln √π", `${logGamma(0.5)}`);
line("normalCdf(-38): a lower tail of 2.9e-316", `${normalCdf(-38)}`);
line("normalQuantile(1e-300)", `${normalQuantile(1e-300)}`);
line("normalQuantile(0.975)", `${normalQuantile(0.975)}`);

// BG/NBD, Fader, Hardie & Lee (2005) eq. 7, with their published CDNOW estimates: the expected
// number of repeat purchases of a new customer in t weeks needs the Gauss hypergeometric 2F1.
const [r, alpha, a, b] = [0.243, 4.414, 0.793, 2.426];
const expectedPurchases = (t: number): number =>
  ((a + b - 1) / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)));
line("BG/NBD (CDNOW): repeat purchases expected in 39 weeks", fixed(expectedPurchases(39)));
line("BG/NBD (CDNOW): repeat purchases expected in 78 weeks", fixed(expectedPurchases(78)));

// ---------------------------------------------------------------------------------------------
section("patronage/math · a seeded sample and a maximum-likelihood fit");

// 2,000 days-between-purchases drawn from Gamma(shape 2, scale 3 days): the same on every machine.
const rng = createRng(2026);
const gaps = Float64Array.from({ length: 2000 }, () => rng.gamma(2, 3));
let sum = 0;
let sumLog = 0;
for (const gap of gaps) {
  sum += gap;
  sumLog += Math.log(gap);
}
const n = gaps.length;
const negativeLogLikelihood = (theta: Float64Array): number => {
  const shape = Math.exp(theta[0] as number);
  const scale = Math.exp(theta[1] as number);
  return -((shape - 1) * sumLog - sum / scale - n * shape * Math.log(scale) - n * logGamma(shape));
};
const fit = minimize(negativeLogLikelihood, [0, 0]);
const information = hessian(negativeLogLikelihood, fit.x);
// Standard errors of the log-parameters from the inverse of the 2×2 observed information.
const [h00, h01] = information[0] as Float64Array;
const h11 = (information[1] as Float64Array)[1] as number;
const determinant = (h00 as number) * h11 - (h01 as number) ** 2;
const se = [Math.sqrt(h11 / determinant), Math.sqrt((h00 as number) / determinant)];
const z = normalQuantile(0.975);
for (const [i, name, truth] of [[0, "shape", 2], [1, "scale (days)", 3]] as const) {
  const estimate = fit.x[i] as number;
  const low = Math.exp(estimate - z * (se[i] as number));
  const high = Math.exp(estimate + z * (se[i] as number));
  line(`${name}: estimate [95% interval]   (true ${truth})`, `${fixed(Math.exp(estimate), 3)}  [${fixed(low, 3)}, ${fixed(high, 3)}]`);
}
line("BFGS", `${fit.reason} after ${fit.iterations} iterations, ${fit.evaluations} evaluations`);

// A t interval for the mean gap, and a χ² test that purchases spread evenly over the week.
const mean = sum / n;
let squares = 0;
for (const gap of gaps) squares += (gap - mean) ** 2;
const halfWidth = (studentTQuantile(0.975, n - 1) * Math.sqrt(squares / (n - 1))) / Math.sqrt(n);
line("mean gap in days, 95% t interval (true 6)", `${fixed(mean, 3)} ± ${fixed(halfWidth, 3)}`);
const weekdays = new Array<number>(7).fill(0);
for (let i = 0; i < 700; i++) weekdays[rng.integer(0, 6)]! += 1;
const chiSquare = weekdays.reduce((total, count) => total + (count - 100) ** 2 / 100, 0);
line(`weekday counts ${weekdays.join(" ")}: χ² = ${fixed(chiSquare, 2)}, p`, fixed(chiSquareSurvival(chiSquare, 6)));

// ---------------------------------------------------------------------------------------------
section("patronage/value · from transactions to summaries, and formula CLV");

const shop = simulatedShopTransactions();
const { columns, excluded } = summarizeTransactions(shop, { observationEnd: SIMULATED_SHOP.observationEnd, timeUnit: "week" });
line("simulated shop: transactions → customers", `${shop.length} → ${columns.frequency.length}`);
line("one-time buyers (frequency 0)", `${columns.frequency.filter((x) => x === 0).length}`);
line("transactions after the end of observation", `${excluded.transactionsAfterObservationEnd}`);
line("retention CLV (m 100, r 0.9, i 0.12), end of period", retentionClv({ margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "end" }));
line("… with the first margin now (start of period)", retentionClv({ margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "start" }));
const referral = referralValue([{ wouldHaveJoinedAnyway: 0.4, margin: [60, 40], reward: 10, acquisitionSavings: 30 }], { discountRate: 0.1, timing: "end" });
const worth = customerValue({ lifetime: "409.09", referral });
line("lifecycle + indirect (referral) value", `${worth.lifetime} + ${worth.referral} = ${worth.total}`);

// ---------------------------------------------------------------------------------------------
section("patronage/models · BG/NBD + Gamma-Gamma on the simulated shop");

const purchases = BgNbd.fit(columns);
const truth = SIMULATED_SHOP.purchases;
for (const name of ["r", "alpha", "a", "b"] as const) {
  line(`BG/NBD ${name}: estimate ± standard error (true ${truth[name]})`, `${fixed(purchases.params[name], 3)} ± ${fixed(purchases.standardErrors?.[name] ?? NaN, 3)}`);
}
const monetaryValue = columns.monetaryValue!;
const spend = GammaGamma.fit({ frequency: columns.frequency, monetaryValue });
line("Gamma-Gamma: repeat buyers fitted, one-time skipped", `${spend.n}, ${spend.skipped}`);
line("Gamma-Gamma: a new customer's spend per order", fixed(spend.expectedSpend(), 2));
const clv = customerLifetimeValue({
  transactionModel: purchases,
  spendModel: spend,
  customers: { frequency: columns.frequency, recency: columns.recency, T: columns.T, monetaryValue },
  timeUnit: "week",
  horizon: 12,
  horizonUnit: "month",
  discountRate: 0.01,
  discountPeriod: "month",
  margin: 0.3,
});
const alive = purchases.probabilityAliveBatch(columns);
line("12-month CLV of the base (30 % margin, 1 %/month)", fixed(clv.total, 0));
console.log("  top customers by CLV:      frequency  recency      T  P(alive)  purchases/12m   CLV");
const order = Array.from(clv.values.keys()).sort((i, j) => clv.values[j]! - clv.values[i]!);
for (const i of order.slice(0, 5)) {
  console.log(
    `    ${columns.customerId[i]!.padEnd(22)} ${String(columns.frequency[i]).padStart(9)} ${fixed(columns.recency[i]!, 1).padStart(8)} ${fixed(columns.T[i]!, 1).padStart(6)}` +
      `  ${fixed(alive[i]!, 3).padStart(8)}  ${fixed(clv.expectedPurchases[i]!, 2).padStart(13)} ${fixed(clv.values[i]!, 2).padStart(8)}`,
  );
}

// ---------------------------------------------------------------------------------------------
section("patronage/satisfaction · NPS over two quarters, and is the change real?");

const q1 = simulatedNpsAnswers("demo-q1", 600, 0.42, 0.25);
const q2 = simulatedNpsAnswers("demo-q2", 650, 0.48, 0.2);
for (const [name, answers] of [["Q1", q1], ["Q2", q2]] as const) {
  const score = nps(answers);
  const { lower, upper, confidence, method } = score.interval;
  line(`${name} NPS (n = ${score.n}), ${confidence * 100} % ${method} interval`, `${fixed(score.score, 1)} [${fixed(lower, 1)}, ${fixed(upper, 1)}]`);
}
const change = compareNps(q1, q2);
line("change Q1 → Q2 [interval], two-sided p", `${fixed(change.difference, 1)} [${fixed(change.interval.lower, 1)}, ${fixed(change.interval.upper, 1)}], p = ${fixed(change.pValue ?? NaN, 4)}`);
line("answers for ±5 points next quarter (worst case)", `${npsSampleSize({ marginOfError: 5 }).n}`);
const service = ratingSummary({ counts: [1, 0, 2, 9, 18] });
line(`service ratings (n = ${service.n}): status`, `${service.status}: ${service.reasons[0] ?? ""}`);

// ---------------------------------------------------------------------------------------------
section("patronage/loyalty · six levels over two periods, and who moved");

const periods = simulatedLoyaltyPeriods();
const before = classifyLoyaltyBatch(periods.first);
const after = classifyLoyaltyBatch(periods.second);
const share = (x: number | null): string => (x === null ? "–" : `${(100 * x).toFixed(1)} %`);
const distribution = [loyaltyDistribution(before), loyaltyDistribution(after)];
for (const level of LOYALTY_LEVELS) {
  line(`${level.id} (${level.zh}): share, period 1 → period 2`, `${share(distribution[0]!.shares[level.id])} → ${share(distribution[1]!.shares[level.id])}`);
}
const assign = (result: typeof before) => periods.ids.map((customerId, i) => ({ customerId, level: LOYALTY_LEVELS[result.level[i]!]!.id }));
const migration = loyaltyMigration(assign(before), assign(after));
line("upgraded / stable / downgraded", `${share(migration.upgraded)} / ${share(migration.stable)} / ${share(migration.downgraded)}`);
line("playbook for mercenary customers", loyaltyPlaybook("mercenary").goal.en);

// ---------------------------------------------------------------------------------------------
section("patronage/points · an event-sourced points ledger, exact to the point");

const coffee = PointsLedger.create({
  id: "coffee",
  timeZone: "Asia/Shanghai",
  currency: "CNY",
  earnRules: [
    { id: "base", type: "spend", rate: { points: 1, per: 1 } },
    { id: "beans-x2", type: "multiplier", factor: "2", appliesTo: { categories: ["beans"] } },
  ],
  expiry: { type: "monthsAfterEarnMonth", months: 6 },
  lockDays: 7,
});
line("programme", "1 point per CNY 1, beans ×2, 7-day lock, expiry 6 months after the earn month");
const orderLines = [
  { lineId: "latte", amount: "28.00", category: "drinks" },
  { lineId: "beans", amount: "88.00", category: "beans" },
];
const pointsDemo: [string, PointsCommand][] = [
  ["03-14 09:00 earn on latte 28 + beans 88", { id: "c1", type: "earn", memberId: "ana", order: { orderId: "o1", lines: orderLines } }],
  ["03-14 09:01 redeem 150 (still locked)", { id: "c2", type: "redeem", memberId: "ana", points: 150 }],
  ["03-21 09:00 activate (the lock has ended)", { id: "c3", type: "activate" }],
  ["03-22 12:00 hold 100 for a free pastry", { id: "c4", type: "hold", memberId: "ana", points: 100 }],
  ["03-22 12:02 capture the hold", { id: "c5", type: "capture", holdId: "c4" }],
  ["03-25 18:00 refund of the latte line", { id: "c6", type: "reverseEarn", orderId: "o1", lines: [{ lineId: "latte" }] }],
  ["03-25 18:00 the same refund, retried", { id: "c6", type: "reverseEarn", orderId: "o1", lines: [{ lineId: "latte" }] }],
];
for (const [label, command] of pointsDemo) {
  const now = `2026-${label.slice(0, 11).replace(" ", "T")}:00+08:00`;
  const outcome = coffee.execute(command, { now });
  const shown = outcome.ok
    ? `ok: ${outcome.result.points} points${outcome.duplicate ? " (duplicate: nothing added)" : ""}${outcome.result.shortfall > 0 ? `, ${outcome.result.shortfall} already spent` : ""}`
    : `refused ${outcome.reason}: ${outcome.message}`;
  line(label, shown);
}
const anaBalance = coffee.balance("ana");
line("ana: available / pending / held", `${anaBalance.available} / ${anaBalance.pending} / ${anaBalance.held}`);
line("ana: points gone on (Starbucks-style expiry)", coffee.expirySchedule("ana").months.map((m) => `${m.month}-01: ${m.points}`).join(", "));
const coffeeLiability = coffee.liability({ valuePerPoint: "0.10", expectedRedemptionRate: "0.7" });
line("liability: outstanding points, gross, after breakage", `${coffeeLiability.outstanding.total}, CNY ${coffeeLiability.grossValue}, CNY ${coffeeLiability.liability}`);
line("replay of the log: same balance", `${JSON.stringify(PointsLedger.replay(coffee.program, coffee.events()).balance("ana")) === JSON.stringify(anaBalance)}`);

// ---------------------------------------------------------------------------------------------
section("patronage/tiers · Starbucks-style status on the simulated shop");

const stars: TierProgramInput = {
  id: "shop-stars",
  timeZone: "Asia/Shanghai",
  tiers: [
    { id: "green", rank: 0 },
    { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] }, benefits: { earnMultiplier: "1.2" } },
    { id: "reserve", rank: 2, qualify: { criteria: [{ metric: "points", atLeast: 2500 }] }, benefits: { earnMultiplier: "1.7" } },
  ],
  window: { type: "rolling", months: 12 },
  validity: { type: "months", months: 12 },
};
line("programme", "1 star per CNY 1; Gold at 500 in 12 months, Reserve at 2,500; valid 12 months");
const starRows = new Map<string, TierActivityRow[]>();
for (const t of shop) {
  if (t.at.getTime() > SIMULATED_SHOP.observationEnd.getTime()) continue;
  const rows = starRows.get(t.customerId) ?? [];
  rows.push({ at: t.at, points: Math.floor(Number(t.amount)) }); // whole stars per order
  starRows.set(t.customerId, rows);
}
const standings = [...starRows].map(([customerId, rows]) => ({ customerId, ...evaluateTier(stars, rows, { asOf: SIMULATED_SHOP.observationEnd, joinedAt: rows[0]!.at }) }));
const held = tierDistribution(stars, standings);
line(`members on ${SIMULATED_SHOP.observationEnd.toISOString().slice(0, 10)}: green / gold / reserve`, held.tiers.map((t) => `${t.count} (${(100 * t.share).toFixed(1)} %)`).join(" / "));
const close = standings
  .filter((s) => s.next !== null)
  .map((s) => ({ customerId: s.customerId, tier: s.tier, next: s.next!.tier, remaining: Number(s.next!.remaining["points"]) }))
  .sort((a, b) => a.remaining - b.remaining);
line("within 50 stars of the next tier", `${close.filter((c) => c.remaining <= 50).length}`);
for (const c of close.slice(0, 3)) line(`  ${c.customerId}, ${c.tier}: to ${c.next} (earn ×${tierBenefits(stars, c.next).earnMultiplier})`, `${c.remaining} stars to go`);

// ---------------------------------------------------------------------------------------------
section("errors · one class, a stable code, the field and the value");

try {
  normalQuantile(1.5);
} catch (error) {
  if (isPatronageError(error, "INVALID_ARGUMENT")) line(`${error.code} (field "${error.field}")`, error.message);
}
