/**
 * From raw transactions to a lifetime value per customer:
 *
 *   npx tsx examples/clv-from-transactions.ts                      # the built-in simulated shop
 *   npx tsx examples/clv-from-transactions.ts CDNOW_master.txt     # a CDNOW-format file
 *
 * 1. split the transactions into a calibration period and a holdout;
 * 2. fit BG/NBD (how often) and Gamma-Gamma (how much) on the calibration summaries;
 * 3. check the purchase forecast against the holdout it never saw;
 * 4. value every customer over the next 12 months and list the most valuable.
 */
import { readFileSync } from "node:fs";
import { BgNbd, customerLifetimeValue, GammaGamma } from "patronage/models";
import { calibrationHoldout, type Transaction } from "patronage/value";
import { simulatedShopTransactions } from "./data/simulatedShop.js";

const path = process.argv[2];
let transactions: Transaction[];
let calibrationEnd: string;
let observationEnd: string;
if (path === undefined) {
  transactions = simulatedShopTransactions();
  [calibrationEnd, observationEnd] = ["2025-09-30", "2025-12-31"];
  console.log(`The built-in simulated shop: ${transactions.length} transactions`);
} else {
  // CDNOW format: customer id, yyyymmdd, number of CDs, dollar value (whitespace separated).
  transactions = readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .filter((line) => /^\s*\d/.test(line))
    .map((line) => {
      const [customerId, day, , amount] = line.trim().split(/\s+/) as [string, string, string, string];
      return { customerId, at: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`, amount };
    });
  [calibrationEnd, observationEnd] = ["1997-09-30", "1998-06-30"];
  console.log(`${path}: ${transactions.length} transactions`);
}

// 1. Calibration summaries in weeks (purchases on the same day are one purchase) and the holdout.
const split = calibrationHoldout(transactions, { calibrationEnd, observationEnd, timeUnit: "week" });
console.log(`${split.columns.frequency.length} customers in the calibration cohort, ${split.excluded.customersAfterCalibrationEnd} later ones left out`);
// Gamma-Gamma needs a positive mean spend from every repeat buyer: set aside repeat buyers whose
// repeat purchases were all free (CDNOW has a few $0 orders) rather than invent a spend for them.
const keep = split.summaries.flatMap((row, i) => (row.frequency === 0 || (row.monetaryValue ?? 0) > 0 ? [i] : []));
const pick = (column: Float64Array): Float64Array => Float64Array.from(keep, (i) => column[i]!);
const all = split.columns;
const columns = {
  customerId: keep.map((i) => all.customerId[i]!),
  frequency: pick(all.frequency),
  recency: pick(all.recency),
  T: pick(all.T),
  monetaryValue: pick(all.monetaryValue!),
  frequencyHoldout: pick(all.frequencyHoldout),
  durationHoldout: pick(all.durationHoldout),
};
if (keep.length < all.frequency.length) console.log(`${all.frequency.length - keep.length} repeat buyer(s) with only free repeat orders set aside`);

// 2. The models.
const purchases = BgNbd.fit(columns);
const { r, alpha, a, b } = purchases.params;
const se = purchases.standardErrors;
console.log(
  `BG/NBD: r = ${r.toFixed(3)} ± ${se?.r.toFixed(3)}, α = ${alpha.toFixed(2)} ± ${se?.alpha.toFixed(2)}, ` +
    `a = ${a.toFixed(3)} ± ${se?.a.toFixed(3)}, b = ${b.toFixed(3)} ± ${se?.b.toFixed(3)}; log-likelihood ${purchases.logLikelihood.toFixed(1)}`,
);
const { monetaryValue } = columns;
const spend = GammaGamma.fit({ frequency: columns.frequency, monetaryValue });
console.log(
  `Gamma-Gamma on ${spend.n} repeat buyers (${spend.skipped} without a repeat purchase skipped): ` +
    `p = ${spend.params.p.toFixed(2)}, q = ${spend.params.q.toFixed(2)}, γ = ${spend.params.gamma.toFixed(2)}; ` +
    `a new customer spends ${spend.expectedSpend().toFixed(2)} per purchase`,
);

// 3. Forecast the holdout: expected purchases in the holdout's duration vs what happened.
const holdout = columns.durationHoldout[0]!;
const forecast = purchases.conditionalExpectedPurchasesBatch(holdout, columns);
const sum = (values: ArrayLike<number>): number => {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
};
console.log(`Holdout (${holdout.toFixed(1)} weeks): ${sum(forecast).toFixed(0)} repeat purchases forecast, ${sum(columns.frequencyHoldout)} made`);

// 4. Value over the next 12 months at 1 % a month, 30 % margin — every unit stated.
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
console.log(`12-month margin of the cohort: ${clv.total.toFixed(0)}; the ten most valuable customers:`);
const top = Array.from(clv.values.keys()).sort((i, j) => clv.values[j]! - clv.values[i]!).slice(0, 10);
console.table(
  top.map((i) => ({
    customer: columns.customerId[i],
    frequency: columns.frequency[i],
    "recency (weeks)": columns.recency[i],
    "T (weeks)": columns.T[i],
    "P(alive)": alive[i]!.toFixed(3),
    "purchases, 12 months": clv.expectedPurchases[i]!.toFixed(2),
    "spend per purchase": clv.expectedSpend[i]!.toFixed(2),
    "CLV (margin)": clv.values[i]!.toFixed(2),
  })),
);
