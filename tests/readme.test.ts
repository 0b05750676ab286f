import { describe, expect, it } from "vitest";
import { isPatronageError } from "../src/index.js";
import { createRng, hyp2f1, logGamma, minimize, normalCdf, normalQuantile } from "../src/math/index.js";
import { BgNbd, customerLifetimeValue, GammaGamma } from "../src/models/index.js";
import { retentionClv, summarizeTransactions } from "../src/value/index.js";
import { compareNps, nps } from "../src/satisfaction/index.js";
import { classifyLoyalty } from "../src/loyalty/index.js";
import { PointsLedger } from "../src/points/index.js";

// Mirrors the "short tour" of README.md.
describe("README tour", () => {
  it("gives the values the README shows", () => {
    expect(logGamma(0.5)).toBe(0.5723649429247001);
    expect(Math.abs(normalCdf(-38) - 2.885428351e-316)).toBeLessThanOrEqual(2 * Number.MIN_VALUE);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(hyp2f1(1, 1, 2, 0.5)).toBeCloseTo(1.3862943611198906, 14);
    const rng = createRng(42);
    expect(rng.gamma(2, 3)).toBeGreaterThan(0);
    const fit = minimize(([a = 0, b = 0]) => (a - 1) ** 2 + 10 * (b + 2) ** 2, [0, 0]);
    expect(fit.x[0]).toBeCloseTo(1, 7);
    expect(fit.x[1]).toBeCloseTo(-2, 7);
    try {
      normalQuantile(1.5);
      expect.unreachable();
    } catch (error) {
      expect(isPatronageError(error, "INVALID_ARGUMENT")).toBe(true);
      expect((error as Error).message).toBe("p must be a probability in (0, 1); received 1.5");
    }
  });
});

describe("README customer-value tour", () => {
  it("gives the values the README shows", () => {
    const { summaries } = summarizeTransactions(
      [
        { customerId: "ann", at: "2025-01-06", amount: "25.00" },
        { customerId: "ann", at: "2025-02-03", amount: "30.50" },
        { customerId: "bob", at: "2025-01-20", amount: 12 },
      ],
      { observationEnd: "2025-03-31", timeUnit: "week" },
    );
    expect(summaries[0]).toEqual({ customerId: "ann", frequency: 1, recency: 4, T: 12, monetaryValue: 30.5, totalAmount: "55.5" });
    const purchases = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
    const customer = { frequency: 2, recency: 30.43, T: 38.86 };
    expect(purchases.conditionalExpectedPurchases(39, customer).toFixed(4)).toBe("1.2260");
    expect(purchases.probabilityAlive(customer).toFixed(4)).toBe("0.7266");
    const spend = new GammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 });
    expect(spend.conditionalExpectedSpend({ frequency: 2, monetaryValue: 22.35 }).toFixed(2)).toBe("24.66");
    const clv = customerLifetimeValue({
      transactionModel: purchases,
      spendModel: spend,
      customers: [{ ...customer, monetaryValue: 22.35 }],
      timeUnit: "week",
      horizon: 12,
      horizonUnit: "month",
      discountRate: 0.01,
      discountPeriod: "month",
      margin: 0.3,
    });
    expect(clv.total.toFixed(2)).toBe("10.89");
    expect(retentionClv({ margin: 100, retentionRate: 0.9, discountRate: 0.12, timing: "end" })).toBe("409.09");
  });
});

describe("README satisfaction and loyalty tour", () => {
  it("gives the values the README shows", () => {
    const q2 = nps({ promoters: 60, passives: 25, detractors: 15 });
    expect(q2.score).toBe(45);
    expect(q2.interval.lower.toFixed(2)).toBe("29.34");
    expect(q2.interval.upper.toFixed(2)).toBe("58.04");
    expect(q2.interval.confidence).toBe(0.95);
    expect(q2.interval.method).toBe("adjusted-wald");
    const change = compareNps({ promoters: 180, passives: 120, detractors: 100 }, { promoters: 220, passives: 110, detractors: 70 });
    expect(change.pValue!.toFixed(4)).toBe("0.0018");
    const loyalty = classifyLoyalty({
      behaviour: { purchases: 9, windowDays: 180, daysSinceLastPurchase: 12 },
      attitude: { recommend: 3, satisfaction: 3 },
      incentiveShare: 0.8,
    });
    expect(loyalty.level).toBe("mercenary");
  });
});

describe("README points tour", () => {
  it("gives the values the README shows", () => {
    const ledger = PointsLedger.create({
      id: "coffee",
      timeZone: "Asia/Shanghai",
      currency: "CNY",
      earnRules: [{ id: "base", type: "spend", rate: { points: 1, per: 10 } }],
      expiry: { type: "monthsAfterEarnMonth", months: 6 },
    });
    const order = { orderId: "o1", lines: [{ lineId: "latte", amount: "32.00" }, { lineId: "cake", amount: "97.90" }] };
    const earned = ledger.execute({ id: "cmd-1", type: "earn", memberId: "ann", order }, { now: "2026-03-14T10:00:00+08:00" });
    expect(earned.ok && earned.events[0]?.postings).toEqual([
      { account: "issued", points: -12 },
      { account: "available", memberId: "ann", points: 12 },
    ]);
    expect(ledger.lots("ann")[0]?.expiresAt).toBe("2026-09-30T16:00:00.000Z");
    const refused = ledger.execute({ id: "cmd-2", type: "redeem", memberId: "ann", points: 20 }, { now: "2026-03-15T09:00:00+08:00" });
    expect(refused).toMatchObject({ ok: false, reason: "INSUFFICIENT_POINTS", shortfall: 8, available: 12 });
    ledger.execute({ id: "cmd-3", type: "reverseEarn", orderId: "o1", lines: [{ lineId: "cake" }] }, { now: "2026-03-16T09:00:00+08:00" });
    expect(ledger.balance("ann")).toEqual({ available: 3, pending: 0, held: 0, debt: 0 });
    expect(PointsLedger.replay(ledger.program, ledger.events()).balance("ann").available).toBe(3);
  });
});
