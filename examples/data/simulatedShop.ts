/**
 * A built-in data set for the demo and the examples: the transactions of a simulated online shop,
 * drawn with a seeded generator from the BG/NBD purchase process and the Gamma-Gamma spend model —
 * so the fitted models can be checked against the parameters that made the data.
 */
import { createRng } from "patronage/math";

/** The parameters the shop's customers are drawn from (time in weeks, money in CNY). */
export const SIMULATED_SHOP = {
  customers: 3000,
  seed: 2026,
  /** Customers make their first purchase between these dates (UTC)… */
  firstPurchaseFrom: new Date("2025-01-01T00:00:00Z"),
  firstPurchaseTo: new Date("2025-04-01T00:00:00Z"),
  /** …and are observed until this instant. */
  observationEnd: new Date("2026-01-01T00:00:00Z"),
  /** BG/NBD: purchase rate λ ~ Gamma(r, α) per week; dropout after each purchase p ~ Beta(a, b). */
  purchases: { r: 0.6, alpha: 6, a: 0.9, b: 3.5 },
  /** Gamma-Gamma: spend per order ~ Gamma(p, ν), ν ~ Gamma(q, γ). */
  spend: { p: 6, q: 4, gamma: 30 },
} as const;

/** One purchase of the simulated shop. */
export interface ShopTransaction {
  readonly customerId: string;
  readonly at: Date;
  readonly amount: string;
}

const DAY = 86_400_000;

/** The simulated shop's transactions, in time order per customer (the same on every run). */
export function simulatedShopTransactions(): ShopTransaction[] {
  const { customers, seed, firstPurchaseFrom, firstPurchaseTo, observationEnd, purchases, spend } = SIMULATED_SHOP;
  const rng = createRng(seed);
  const start = firstPurchaseFrom.getTime();
  const end = observationEnd.getTime();
  const rows: ShopTransaction[] = [];
  for (let c = 0; c < customers; c++) {
    const customerId = `C${String(c + 1).padStart(5, "0")}`;
    const lambda = rng.gamma(purchases.r, 1 / purchases.alpha);
    const dropout = rng.beta(purchases.a, purchases.b);
    const nu = rng.gamma(spend.q, 1 / spend.gamma);
    let at = start + Math.floor(rng.uniform() * ((firstPurchaseTo.getTime() - start) / DAY)) * DAY + 9 * 3_600_000;
    // BG/NBD: a customer may drop out after each repeat purchase (not after the first one).
    for (let purchase = 0; ; purchase++) {
      rows.push({ customerId, at: new Date(at), amount: rng.gamma(spend.p, 1 / nu).toFixed(2) });
      if (purchase > 0 && rng.uniform() < dropout) break;
      at += rng.exponential(lambda) * 7 * DAY;
      if (at > end) break;
    }
  }
  return rows;
}
