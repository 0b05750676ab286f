import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RoundingMode } from "../../src/_lib/RoundingMode.js";
import { calculateEarn } from "../../src/points/calculateEarn.js";
import type { CapUsageQuery, EarnContext } from "../../src/points/EarnContext.js";
import type { PointsOrder } from "../../src/points/PointsOrder.js";
import type { PointsProgramInput } from "../../src/points/PointsProgram.js";

type Rule = NonNullable<PointsProgramInput["earnRules"]>[number];
const programOf = (earnRules: Rule[], extra: Partial<PointsProgramInput> = {}): PointsProgramInput => ({
  id: "p",
  timeZone: "UTC",
  currency: "CNY",
  earnRules,
  ...extra,
});
const spend = (id: string, points: string | number, per: string | number, more: Partial<Extract<Rule, { type: "spend" }>> = {}): Rule => ({
  id,
  type: "spend",
  rate: { points, per },
  ...more,
});
const orderOf = (amounts: (string | number)[], more: Partial<PointsOrder> = {}, lineMore: Record<string, unknown>[] = []): PointsOrder => ({
  orderId: "o1",
  at: "2026-03-14T10:00:00Z",
  lines: amounts.map((amount, i) => ({ lineId: `l${i + 1}`, amount, ...(lineMore[i] ?? {}) })),
  ...more,
});

describe("examples", () => {
  it("bank A earns 8 points on 129.90 CNY (TSDoc example)", () => {
    const bankA = {
      id: "bank-a",
      timeZone: "Asia/Shanghai",
      currency: "CNY",
      earnRules: [{ id: "base", type: "spend" as const, rate: { points: 1, per: 15 } }],
    };
    const order = { orderId: "o-1", at: "2026-03-14T10:00:00+08:00", lines: [{ lineId: "l1", amount: "129.90" }] };
    const result = calculateEarn(bankA, order);
    expect(result.points).toBe(8);
    expect(result.awards[0]).toEqual({ ruleId: "base", points: 8, wanted: 8, lotCategory: "earned", expiry: null, lines: [{ lineId: "l1", points: 8 }] });
    expect(result.trace[0]?.exact).toBe("8.66");
    expect(result.trace[0]?.remainder).toBe("0.66");
  });
});

describe("calculateEarn", () => {
  it("golden case: 129.90 CNY earns 8 at bank A (1 per 15) and 12 at bank B (1 per 10), floor", () => {
    const order = orderOf(["129.90"]);
    expect(calculateEarn(programOf([spend("a", 1, 15)]), order).points).toBe(8);
    const b = calculateEarn(programOf([spend("b", 1, 10)]), order);
    expect(b.points).toBe(12);
    expect(b.trace[0]).toEqual({
      ruleId: "b",
      lineId: null,
      status: "awarded",
      reason: "1 per 10, floor, per order",
      basis: "129.9",
      exact: "12.99",
      points: 12,
      remainder: "0.99",
    });
    expect(b.basis).toBe("129.9");
  });

  it("rounds per line or per order", () => {
    const order = orderOf(["9.99", "9.99", "9.99"]);
    const perLine = calculateEarn(programOf([spend("s", 1, 1, { granularity: "line" })]), order);
    expect(perLine.points).toBe(27);
    expect(perLine.trace.map((e) => [e.lineId, e.points, e.exact])).toEqual([
      ["l1", 9, "9.99"],
      ["l2", 9, "9.99"],
      ["l3", 9, "9.99"],
    ]);
    const perOrder = calculateEarn(programOf([spend("s", 1, 1)]), order);
    expect(perOrder.points).toBe(29);
    // 29 over three equal lines: 9 each and the two left to the earlier lines.
    expect(perOrder.awards[0]?.lines).toEqual([
      { lineId: "l1", points: 10 },
      { lineId: "l2", points: 10 },
      { lineId: "l3", points: 9 },
    ]);
  });

  it("attributes per-order points by largest remainder in proportion to line amounts", () => {
    const r = calculateEarn(programOf([spend("s", 1, 1)]), orderOf(["1", "2", "3.5"]));
    expect(r.points).toBe(6);
    // quotas 0.923, 1.846, 3.231 → 0, 1, 3 and one left to the largest remainder (0.923).
    expect(r.awards[0]?.lines).toEqual([
      { lineId: "l1", points: 1 },
      { lineId: "l2", points: 2 },
      { lineId: "l3", points: 3 },
    ]);
  });

  it.each([
    ["floor", 2, 2, 3, 2],
    ["ceil", 3, 3, 4, 3],
    ["down", 2, 2, 3, 2],
    ["up", 3, 3, 4, 3],
    ["half-up", 2, 3, 4, 3],
    ["half-down", 2, 2, 3, 3],
    ["half-even", 2, 2, 4, 3],
  ] as const)("rounds with %s (2.4, 2.5, 3.5, 2.6)", (mode, at24, at25, at35, at26) => {
    const p = programOf([spend("s", 1, 1, { rounding: mode as RoundingMode })]);
    expect(calculateEarn(p, orderOf(["2.4"])).points).toBe(at24);
    expect(calculateEarn(p, orderOf(["2.5"])).points).toBe(at25);
    expect(calculateEarn(p, orderOf(["3.5"])).points).toBe(at35);
    expect(calculateEarn(p, orderOf(["2.6"])).points).toBe(at26);
  });

  it("reports the remainder, negative when rounding up", () => {
    const r = calculateEarn(programOf([spend("s", 1, 3, { rounding: "ceil" })]), orderOf(["10"]));
    expect(r.trace[0]).toMatchObject({ exact: "3.333333333333333333333333333333333", points: 4, remainder: "-0.6666666666666666666666666666666667" });
  });

  it("is exact when the ratio lies within 1e-30 of an integer", () => {
    // 2.999…9 (35 nines) × 1 / 1 floors to 2, not 3, and 1 per 0.333…3 (35 threes) on 1 is 3.000…03.
    const amount = `2.${"9".repeat(35)}`;
    expect(calculateEarn(programOf([spend("s", 1, 1)]), orderOf([amount])).points).toBe(2);
    const per = `0.${"3".repeat(35)}`;
    const r = calculateEarn(programOf([spend("s", 1, per, { rounding: "ceil" })]), orderOf(["1"]));
    expect(r.points).toBe(4);
    const f = calculateEarn(programOf([spend("s", 1, per)]), orderOf(["1"]));
    expect(f.points).toBe(3);
    expect(f.trace[0]?.exact).toBe("3.000000000000000000000000000000000");
    expect(f.trace[0]?.exact.startsWith("3.0000")).toBe(true);
  });

  it("multiplies then rounds: ×1.2 on 4.50 at 1 per 1 makes 5", () => {
    const r = calculateEarn(programOf([spend("base", 1, 1), { id: "x", type: "multiplier", factor: "1.2" }]), orderOf(["4.50"]));
    expect(r.points).toBe(5);
    expect(r.awards.map((a) => [a.ruleId, a.points])).toEqual([
      ["base", 4],
      ["x", 1],
    ]);
    expect(r.trace[1]).toMatchObject({ ruleId: "x", exact: "0.9", points: 1, remainder: "-0.1" });
  });

  it("applies a multiplier on a category only, line by line or on the order sum", () => {
    const lines = [{ category: "books" }, { category: "food" }];
    const order = orderOf(["10", "10"], {}, lines);
    const mult: Rule = { id: "x2", type: "multiplier", factor: 2, appliesTo: { categories: ["books"] } };
    const byOrder = calculateEarn(programOf([spend("base", 1, 1), mult]), order);
    expect(byOrder.points).toBe(30);
    expect(byOrder.awards[1]).toMatchObject({ ruleId: "x2", points: 10, lines: [{ lineId: "l1", points: 10 }] });
    const byLine = calculateEarn(programOf([spend("base", 1, 3, { granularity: "line" }), mult]), order);
    // base: ⌊3.33⌋ + ⌊3.33⌋ = 6; books doubled: ⌊6.67⌋ − 3 = 3.
    expect(byLine.points).toBe(9);
    expect(byLine.awards[1]?.lines).toEqual([{ lineId: "l1", points: 3 }]);
  });

  it("stacks two multipliers on the cumulative factor", () => {
    const r = calculateEarn(
      programOf([spend("base", 1, 1), { id: "m1", type: "multiplier", factor: "1.5" }, { id: "m2", type: "multiplier", factor: "1.5" }]),
      orderOf(["3"]),
    );
    // 3 → 4.5 → 6.75: 3 + (4 − 3) + (6 − 4).
    expect(r.awards.map((a) => a.points)).toEqual([3, 1, 2]);
  });

  it("multiplies only the named rules, and only applicable ones", () => {
    const p = programOf([
      spend("a", 1, 1),
      spend("b", 1, 1, { conditions: { channels: ["app"] } }),
      { id: "m", type: "multiplier", factor: 3, rules: ["a", "b"] },
    ]);
    expect(calculateEarn(p, orderOf(["2"])).points).toBe(6);
    expect(calculateEarn(p, orderOf(["2"], { channel: "app" })).points).toBe(12);
    const none = calculateEarn(programOf([spend("a", 1, 1, { conditions: { channels: ["app"] } }), { id: "m", type: "multiplier", factor: 3 }]), orderOf(["2"]));
    expect(none.points).toBe(0);
    expect(none.trace[1]).toMatchObject({ status: "not-applicable", reason: "no applicable base rule" });
    // With no spend rule before it at all, the programme is invalid.
    expect(() => calculateEarn(programOf([{ id: "m", type: "multiplier", factor: 3 }]), orderOf(["2"]))).toThrow(
      expect.objectContaining({ code: "INVALID_CONFIG", field: "program.earnRules[0]" }),
    );
  });

  it("gives fixed points per order, per line and per unit", () => {
    const order = orderOf(["5", "0", "15"], {}, [{ quantity: 2, sku: "A" }, { quantity: 3, sku: "B" }, { sku: "C" }]);
    const perOrder = calculateEarn(programOf([{ id: "f", type: "fixed", points: 10 }]), order);
    expect(perOrder.awards[0]).toMatchObject({ points: 10, lotCategory: "promotional", lines: [{ lineId: "l1", points: 3 }, { lineId: "l3", points: 7 }] });
    expect(calculateEarn(programOf([{ id: "f", type: "fixed", points: 10, per: "line" }]), order).points).toBe(30);
    const perUnit = calculateEarn(programOf([{ id: "f", type: "fixed", points: 10, per: "unit", appliesTo: { skus: ["A", "B"] } }]), order);
    expect(perUnit.points).toBe(50);
    expect(perUnit.awards[0]?.lines).toEqual([
      { lineId: "l1", points: 20 },
      { lineId: "l2", points: 30 },
    ]);
    // All amounts 0: the whole award goes to the first matching line.
    const zero = calculateEarn(programOf([{ id: "f", type: "fixed", points: 7 }]), orderOf(["0", "0"]));
    expect(zero.awards[0]?.lines).toEqual([{ lineId: "l1", points: 7 }]);
  });

  it("applies minSpend to the matching lines", () => {
    const p = programOf([spend("s", 1, 1, { minSpend: "50", appliesTo: { categories: ["a"] } }), { id: "f", type: "fixed", points: 5, minSpend: 100 }]);
    const order = orderOf(["40", "60"], {}, [{ category: "a" }, { category: "b" }]);
    const r = calculateEarn(p, order);
    expect(r.points).toBe(5);
    expect(r.trace[0]).toMatchObject({ status: "not-applicable", reason: "minSpend: matching amount 40 < 50" });
    expect(calculateEarn(p, orderOf(["50", "49.99"], {}, [{ category: "a" }, { category: "b" }])).points).toBe(50);
  });

  it("filters lines by categories or SKUs, then exclusions", () => {
    const order = orderOf(["1", "2", "4", "8"], {}, [{ category: "a", sku: "x" }, { category: "b", sku: "y" }, { category: "c", sku: "z" }, { sku: "w" }]);
    const points = (appliesTo: Record<string, string[]>) => calculateEarn(programOf([spend("s", 1, 1, { appliesTo })]), order).points;
    expect(points({ categories: ["a"], skus: ["y"] })).toBe(3);
    expect(points({ excludeCategories: ["a"] })).toBe(14);
    expect(points({ categories: ["a", "b"], excludeSkus: ["x"] })).toBe(2);
    expect(points({ skus: ["nope"] })).toBe(0);
  });

  describe("conditions", () => {
    const at = (iso: string, rule: Rule, more: Partial<PointsOrder> = {}, context?: EarnContext, zone = "UTC") =>
      calculateEarn(programOf([rule], { timeZone: zone }), orderOf(["10"], { at: iso, ...more }), context);

    it("reads a from/until window given as calendar dates as local midnights", () => {
      const rule = spend("s", 1, 1, { conditions: { from: "2026-03-01", until: "2026-04-01" } });
      expect(at("2026-03-01T00:00:00+08:00", rule, {}, undefined, "Asia/Shanghai").points).toBe(10);
      expect(at("2026-02-28T23:59:59+08:00", rule, {}, undefined, "Asia/Shanghai").points).toBe(0);
      expect(at("2026-03-31T23:59:59+08:00", rule, {}, undefined, "Asia/Shanghai").points).toBe(10);
      const out = at("2026-04-01T00:00:00+08:00", rule, {}, undefined, "Asia/Shanghai");
      expect(out.points).toBe(0);
      expect(out.trace[0]?.reason).toMatch(/^conditions\.until/);
      expect(at("2026-02-01T00:00:00Z", rule).trace[0]?.reason).toMatch(/^conditions\.from/);
    });

    it("reads weekdays in the programme zone", () => {
      const rule = spend("s", 1, 1, { conditions: { daysOfWeek: [6, 7] } });
      // Friday 2026-03-13 20:00Z is Saturday 04:00 in Shanghai.
      expect(at("2026-03-13T20:00:00Z", rule, {}, undefined, "Asia/Shanghai").points).toBe(10);
      const r = at("2026-03-13T20:00:00Z", rule);
      expect(r.trace[0]).toMatchObject({ status: "not-applicable", reason: "conditions.daysOfWeek: the local weekday is 5" });
    });

    it("reads hours [from, to), across midnight when to ≤ from", () => {
      const night = spend("s", 1, 1, { conditions: { hours: { from: 22, to: 6 } } });
      expect(at("2026-03-14T22:00:00Z", night).points).toBe(10);
      expect(at("2026-03-14T05:59:59Z", night).points).toBe(10);
      expect(at("2026-03-14T06:00:00Z", night).points).toBe(0);
      expect(at("2026-03-14T21:59:59Z", night).trace[0]?.reason).toBe("conditions.hours: the local hour is 21, outside [22, 6)");
      const day = spend("s", 1, 1, { conditions: { hours: { from: 9, to: 17 } } });
      expect(at("2026-03-14T09:00:00Z", day).points).toBe(10);
      expect(at("2026-03-14T17:00:00Z", day).points).toBe(0);
    });

    it("reads local hours on DST days", () => {
      const morning = spend("s", 1, 1, { conditions: { hours: { from: 3, to: 4 } } });
      const zone = "America/New_York";
      // 2026-03-08: clocks jump from 02:00 EST to 03:00 EDT; 07:00Z is 03:00 EDT.
      expect(at("2026-03-08T07:00:00Z", morning, {}, undefined, zone).points).toBe(10);
      expect(at("2026-03-08T06:59:59Z", morning, {}, undefined, zone).points).toBe(0);
      // 2026-11-01: 01:00–02:00 happens twice; 03:00 EST is 08:00Z.
      expect(at("2026-11-01T08:00:00Z", morning, {}, undefined, zone).points).toBe(10);
      expect(at("2026-11-01T07:00:00Z", morning, {}, undefined, zone).points).toBe(0);
      const sunday = spend("s", 1, 1, { conditions: { daysOfWeek: [7], from: "2026-11-01", until: "2026-11-02" } });
      expect(at("2026-11-01T04:00:00Z", sunday, {}, undefined, zone).points).toBe(10);
      expect(at("2026-11-02T04:59:59Z", sunday, {}, undefined, zone).points).toBe(10);
      expect(at("2026-11-02T05:00:00Z", sunday, {}, undefined, zone).points).toBe(0);
    });

    it("reads channels and tiers, not applicable when absent", () => {
      const rule = spend("s", 1, 1, { conditions: { channels: ["app"], tiers: ["gold"] } });
      expect(at("2026-03-14T10:00:00Z", rule, { channel: "app" }, { tier: "gold" }).points).toBe(10);
      expect(at("2026-03-14T10:00:00Z", rule, {}, { channel: "app", tier: "gold" }).points).toBe(10);
      expect(at("2026-03-14T10:00:00Z", rule, { channel: "web" }, { tier: "gold" }).trace[0]?.reason).toBe('conditions.channels: channel "web"');
      expect(at("2026-03-14T10:00:00Z", rule, {}, { tier: "gold" }).trace[0]?.reason).toBe("conditions.channels: no channel");
      expect(at("2026-03-14T10:00:00Z", rule, { channel: "app" }).trace[0]?.reason).toBe("conditions.tiers: no tier");
      expect(at("2026-03-14T10:00:00Z", rule, { channel: "app" }, { tier: "silver" }).trace[0]?.reason).toBe('conditions.tiers: tier "silver"');
    });

    it("compares minOrderAmount with the order total", () => {
      const rule = spend("s", 1, 1, { conditions: { minOrderAmount: "10.01" } });
      expect(at("2026-03-14T10:00:00Z", rule).trace[0]?.reason).toBe("conditions.minOrderAmount: order total 10 < 10.01");
      expect(at("2026-03-14T10:00:00Z", spend("s", 1, 1, { conditions: { minOrderAmount: 10 } })).points).toBe(10);
    });

    it("evaluates at context.at before order.at", () => {
      const rule = spend("s", 1, 1, { conditions: { until: "2026-03-01" } });
      expect(at("2026-03-14T10:00:00Z", rule, {}, { at: "2026-02-01T00:00:00Z" }).points).toBe(10);
      expect(() => calculateEarn(programOf([rule]), { orderId: "o", lines: [{ lineId: "a", amount: 1 }] })).toThrow(
        expect.objectContaining({ code: "INVALID_ARGUMENT", field: "order.at" }),
      );
      expect(calculateEarn(programOf([rule]), { orderId: "o", lines: [{ lineId: "a", amount: 1 }] }, { at: new Date("2026-02-01T00:00:00Z") }).points).toBe(1);
    });
  });

  describe("caps", () => {
    it("cuts to a member day cap given the usage so far", () => {
      const p = programOf([spend("s", 1, 1, { caps: [{ max: 100, period: "day" }] })]);
      const queries: CapUsageQuery[] = [];
      const r = calculateEarn(p, orderOf(["30", "50"]), {
        usage: (q) => {
          queries.push(q);
          return 70;
        },
      });
      expect(queries).toEqual([{ ruleId: "s", capIndex: 0, scope: "member", periodKey: "2026-03-14" }]);
      expect(r.points).toBe(30);
      expect(r.wanted).toBe(80);
      expect(r.awards[0]).toMatchObject({ points: 30, wanted: 80 });
      expect(r.awards[0]?.lines).toEqual([
        { lineId: "l1", points: 11 },
        { lineId: "l2", points: 19 },
      ]);
      expect(r.trace[0]?.status).toBe("capped");
      expect(r.trace[0]?.reason).toContain("capped by program.earnRules[0].caps[0] (max 100 per day, member; 70 used): wanted 80, awarded 30");
      expect(r.trace[0]?.remainder).toBe("0");
    });

    it("shares a programme cap between rules of one evaluation", () => {
      const p = programOf([spend("a", 1, 1), spend("b", 2, 1)], { caps: [{ max: 50, period: "month", scope: "program" }] });
      const r = calculateEarn(p, orderOf(["20"]), { usage: (q) => (q.ruleId === null && q.periodKey === "2026-03" && q.scope === "program" ? 5 : 0) });
      expect(r.awards.map((a) => [a.ruleId, a.points, a.wanted])).toEqual([
        ["a", 20, 20],
        ["b", 25, 40],
      ]);
      expect(r.points).toBe(45);
    });

    it("counts an order cap within this evaluation only, and omits a zero award", () => {
      const p = programOf([spend("a", 1, 1, { caps: [{ max: 10, period: "order" }] }), spend("b", 1, 1, { caps: [{ max: 0, period: "week" }] })]);
      const r = calculateEarn(p, orderOf(["25"]), { usage: () => 1_000 });
      expect(r.points).toBe(10);
      expect(r.awards.map((a) => a.ruleId)).toEqual(["a"]);
      expect(r.wanted).toBe(50);
      expect(r.trace[1]).toMatchObject({ ruleId: "b", status: "capped", points: 0 });
    });

    it("rejects a usage that is not a count", () => {
      const p = programOf([spend("a", 1, 1, { caps: [{ max: 10, period: "day" }] })]);
      expect(() => calculateEarn(p, orderOf(["1"]), { usage: () => Number.NaN })).toThrow(expect.objectContaining({ field: "context.usage" }));
    });

    it.each([0.5, Infinity, -1, 2 ** 53])("rejects a usage of %s, naming context.usage and the value", (used) => {
      const p = programOf([spend("a", 1, 1, { caps: [{ max: 10, period: "day" }] })]);
      const run = () => calculateEarn(p, orderOf(["3", "4"]), { usage: () => used });
      expect(run).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "context.usage", value: used }));
      expect(run).toThrow(/^context\.usage must be a safe integer ≥ 0 of points used \(asked about program\.earnRules\[0\]\.caps\[0\]\)/);
    });

    it.each([0.5, Infinity, -1])("rejects occurrences of %s, naming context.occurrences and the value", (times) => {
      const p = programOf([{ id: "w", type: "event", event: "firstPurchase", points: 5 }]);
      const run = () => calculateEarn(p, orderOf(["3"]), { firstPurchase: true, occurrences: () => times });
      expect(run).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "context.occurrences", value: times }));
    });
  });

  describe("stacking", () => {
    it("stops later rules after a stop rule that awards", () => {
      const p = programOf([
        spend("promo", 2, 1, { stacking: "stop", conditions: { channels: ["app"] } }),
        spend("base", 1, 1),
        { id: "f", type: "fixed", points: 3 },
      ]);
      const app = calculateEarn(p, orderOf(["10"], { channel: "app" }));
      expect(app.points).toBe(20);
      expect(app.trace.map((e) => e.status)).toEqual(["awarded", "stopped", "stopped"]);
      expect(calculateEarn(p, orderOf(["10"])).points).toBe(13);
    });

    it("keeps the largest award of a group, ties to the earlier", () => {
      const p = programOf([
        spend("a", 1, 1, { group: "g" }),
        spend("b", 3, 1, { group: "g", caps: [{ max: 25, period: "order" }] }),
        spend("c", 25, 10, { group: "g" }),
        spend("other", 1, 10),
      ]);
      const r = calculateEarn(p, orderOf(["10"]));
      expect(r.awards.map((a) => [a.ruleId, a.points])).toEqual([
        ["b", 25],
        ["other", 1],
      ]);
      expect(r.trace.map((e) => [e.ruleId, e.status])).toEqual([
        ["a", "superseded"],
        ["b", "capped"],
        ["c", "superseded"],
        ["other", "awarded"],
      ]);
      expect(r.trace[2]?.reason).toContain('superseded by "b" in group "g" (25 vs 25)');
    });

    it("releases the cap use of a superseded group member", () => {
      const p = programOf([spend("a", 1, 1, { group: "g" }), spend("b", 2, 1, { group: "g" }), spend("c", 1, 1)], {
        caps: [{ max: 30, period: "order", scope: "member" }],
      });
      const r = calculateEarn(p, orderOf(["10"]));
      // b (20) replaces a (10) and c gets the 10 left.
      expect(r.awards.map((a) => [a.ruleId, a.points])).toEqual([
        ["b", 20],
        ["c", 10],
      ]);
    });

    it("supersedes multipliers of one group by their factor", () => {
      const p = programOf([
        spend("base", 1, 1),
        { id: "x2", type: "multiplier", factor: 2, group: "boost" },
        { id: "x3", type: "multiplier", factor: 3, group: "boost" },
        { id: "x1.5", type: "multiplier", factor: "1.5", group: "boost" },
      ]);
      const r = calculateEarn(p, orderOf(["10"]));
      expect(r.awards.map((a) => [a.ruleId, a.points])).toEqual([
        ["base", 10],
        ["x3", 20],
      ]);
    });
  });

  it("fires firstPurchase event rules when context.firstPurchase is true, once", () => {
    const p = programOf([{ id: "welcome", type: "event", event: "firstPurchase", points: 100, lotCategory: "welcome" }, { id: "s", type: "event", event: "signup", points: 5 }]);
    const r = calculateEarn(p, orderOf(["1", "3"]), { firstPurchase: true });
    expect(r.awards).toEqual([
      { ruleId: "welcome", points: 100, wanted: 100, lotCategory: "welcome", expiry: null, lines: [{ lineId: "l1", points: 25 }, { lineId: "l2", points: 75 }], oncePerKey: "lifetime" },
    ]);
    expect(r.trace[1]?.reason).toBe('event "signup" is awarded by calculateAward');
    expect(calculateEarn(p, orderOf(["1"])).points).toBe(0);
    const again = calculateEarn(p, orderOf(["1"]), { firstPurchase: true, occurrences: (q) => (q.ruleId === "welcome" && q.periodKey === "lifetime" ? 1 : 0) });
    expect(again.points).toBe(0);
    expect(again.trace[0]?.reason).toBe("oncePer: already awarded");
  });

  it("carries the rule's lot category and expiry", () => {
    const expiry = { type: "endOfYear" as const, years: 1 };
    const r = calculateEarn(programOf([spend("s", 1, 1, { expiry, lotCategory: "bonus" }), { id: "f", type: "fixed", points: 1 }]), orderOf(["1"]));
    expect(r.awards.map((a) => [a.lotCategory, a.expiry])).toEqual([
      ["bonus", { type: "endOfYear", years: 1 }],
      ["promotional", null],
    ]);
  });

  it("serialises the trace and basis with toJSON", () => {
    const r = calculateEarn(programOf([spend("s", 1, 1)]), orderOf(["1.50"]));
    expect(JSON.parse(JSON.stringify(r))).toEqual({ points: 1, wanted: 1, awards: r.awards, trace: r.trace, basis: "1.5" });
  });

  it("reads number amounts through their shortest decimal digits", () => {
    expect(calculateEarn(programOf([spend("s", 1, "0.1")]), orderOf([0.1, 0.2])).points).toBe(3);
    expect(calculateEarn(programOf([spend("s", 1, "0.0000001")]), orderOf([1e-7, 3])).points).toBe(30_000_001);
    const big = calculateEarn(programOf([spend("s", 1, "1000000000000000000")]), orderOf([1.5e21, "+2.50", ".5", "7."]));
    expect(big.points).toBe(1500);
    expect(big.basis).toBe("1500000000000000000010");
  });

  it("handles amounts beyond the safe integers exactly (BigInt path)", () => {
    const r = calculateEarn(programOf([spend("s", "0.000001", "1000000.000000001", { rounding: "half-up", granularity: "line" })]), orderOf(["9007199254740993.25"]));
    // 9007199254740993.25e-6 / 1000000.000000001 = 9007.199254740984…
    expect(r.points).toBe(9007);
  });

  it.each([
    ["order.orderId", { orderId: "", at: "2026-01-01", lines: [{ lineId: "a", amount: 1 }] }],
    ["order.lines", { orderId: "o", at: "2026-01-01", lines: [] }],
    ["order.lines[0].lineId", { orderId: "o", at: "2026-01-01", lines: [{ lineId: "", amount: 1 }] }],
    ["order.lines[0].amount", { orderId: "o", at: "2026-01-01", lines: [{ lineId: "a", amount: "-1" }] }],
    ["order.lines[0].amount", { orderId: "o", at: "2026-01-01", lines: [{ lineId: "a", amount: "1e3" }] }],
    ["order.lines[0].amount", { orderId: "o", at: "2026-01-01", lines: [{ lineId: "a", amount: Number.NaN }] }],
    ["order.lines[0].quantity", { orderId: "o", at: "2026-01-01", lines: [{ lineId: "a", amount: 1, quantity: 0 }] }],
    ["order.lines[0].sku", { orderId: "o", at: "2026-01-01", lines: [{ lineId: "a", amount: 1, sku: 3 }] }],
    ["order.lines[0].category", { orderId: "o", at: "2026-01-01", lines: [{ lineId: "a", amount: 1, category: null }] }],
    ["order.channel", { orderId: "o", at: "2026-01-01", channel: 1, lines: [{ lineId: "a", amount: 1 }] }],
    ["order.at", { orderId: "o", at: "2026-01-01T00:00:00", lines: [{ lineId: "a", amount: 1 }] }],
    ["order.returnWindowEndsAt", { orderId: "o", at: "2026-01-01", returnWindowEndsAt: "soon", lines: [{ lineId: "a", amount: 1 }] }],
  ])("throws INVALID_ARGUMENT naming %s", (field, order) => {
    expect(() => calculateEarn(programOf([spend("s", 1, 1)]), order as unknown as PointsOrder)).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field }),
    );
  });

  it.each([
    ["context.tier", { tier: 1 }],
    ["context.channel", { channel: 1 }],
    ["context.firstPurchase", { firstPurchase: "yes" }],
    ["context.usage", { usage: 1 }],
    ["context.occurrences", { occurrences: 1 }],
    ["context.at", { at: "never" }],
  ])("throws INVALID_ARGUMENT naming %s", (field, context) => {
    expect(() => calculateEarn(programOf([spend("s", 1, 1)]), orderOf(["1"]), context as unknown as EarnContext)).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field }),
    );
  });

  it.each([
    ["order.lines[0].qty", orderOf(["1"], {}, [{ qty: 2 }]), undefined],
    ["order.lines[1].Category", orderOf(["1", "2"], {}, [{}, { Category: "a" }]), undefined],
    ['order.lines[0]["unit price"]', orderOf(["1"], {}, [{ "unit price": 1 }]), undefined],
    ["order.customer", orderOf(["1"], { customer: "c1" } as Partial<PointsOrder>), undefined],
    ["context.firstPurchse", orderOf(["1"]), { firstPurchse: true }],
  ])("rejects the unknown field %s", (field, order, context) => {
    expect(() => calculateEarn(programOf([spend("s", 1, 1)]), order, context as unknown as EarnContext)).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field }),
    );
  });

  it("names the rule whose points pass 2^53 − 1, not order.lines", () => {
    const max = Number.MAX_SAFE_INTEGER;
    const huge = (rules: Rule[], amounts: string[] = ["2"]) => () => calculateEarn(programOf(rules), orderOf(amounts));
    expect(huge([spend("small", 1, 1), spend("big", String(max), 1)])).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "program.earnRules[1]" }));
    expect(huge([spend("small", 1, 1), spend("big", String(max), 1)])).toThrow(/program\.earnRules\[1\] \(rule "big"\) would award 18014398509481982 points/);
    expect(huge([spend("big", String(max), 1, { granularity: "line" })])).toThrow(expect.objectContaining({ field: "program.earnRules[0]" }));
    expect(huge([spend("b", String(max), 1), { id: "m", type: "multiplier", factor: 3 }], ["1"])).toThrow(expect.objectContaining({ field: "program.earnRules[1]" }));
    expect(huge([{ id: "f", type: "fixed", points: max, per: "line" }], ["1", "1"])).toThrow(expect.objectContaining({ field: "program.earnRules[0]" }));
    // Each award is safe, their sum is not.
    const both = huge([{ id: "f1", type: "fixed", points: max }, { id: "f2", type: "fixed", points: max }]);
    expect(both).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "program.earnRules" }));
    expect(both).toThrow(/the awards of earnRules\[0\] \("f1"\), earnRules\[1\] \("f2"\) sum to/);
  });

  it("attributes a per-order award over 40,000 lines in well under a second (largest remainder, sorted)", () => {
    const n = 40_000;
    const lines = Array.from({ length: n }, (_, i) => ({ lineId: `l${i}`, amount: i % 3 === 0 ? "1" : "2" }));
    const started = performance.now();
    const r = calculateEarn(programOf([{ id: "f", type: "fixed", points: n - 1 }]), { orderId: "o", at: "2026-01-01", lines });
    const elapsed = performance.now() - started;
    expect(r.points).toBe(n - 1);
    expect(r.awards[0]?.lines.reduce((s, l) => s + l.points, 0)).toBe(n - 1);
    // Before: over 4 s (the attribution was quadratic); now about 0.3 s, most of it reading the order.
    expect(elapsed).toBeLessThan(2_000);
  });

  it("throws DUPLICATE_ID naming the repeated line", () => {
    const lines = ["a", "b", "c", "b"].map((lineId) => ({ lineId, amount: 1 }));
    expect(() => calculateEarn(programOf([spend("s", 1, 1)]), { orderId: "o", at: "2026-01-01", lines })).toThrow(
      expect.objectContaining({ code: "DUPLICATE_ID", field: "order.lines[3].lineId" }),
    );
    const many = Array.from({ length: 12 }, (_, i) => ({ lineId: i === 11 ? "l0" : `l${i}`, amount: 1 }));
    expect(() => calculateEarn(programOf([spend("s", 1, 1)]), { orderId: "o", at: "2026-01-01", lines: many })).toThrow(
      expect.objectContaining({ code: "DUPLICATE_ID", field: "order.lines[11].lineId" }),
    );
  });

  it("refuses a multiplier below 1 or naming a later rule (INVALID_CONFIG)", () => {
    expect(() => calculateEarn(programOf([spend("s", 1, 1), { id: "m", type: "multiplier", factor: "0.5" }]), orderOf(["1"]))).toThrow(
      expect.objectContaining({ code: "INVALID_CONFIG" }),
    );
    expect(() => calculateEarn(programOf([{ id: "m", type: "multiplier", factor: 2, rules: ["s"] }, spend("s", 1, 1)]), orderOf(["1"]))).toThrow(
      expect.objectContaining({ code: "INVALID_CONFIG" }),
    );
  });
});

// Laws of calculateEarn on random programmes of spend, fixed and multiplier rules with caps,
// checked against a deliberately naive oracle: BigInt numerators and denominators from the
// decimal strings, one division per rounding, no fast path.
const MODES: RoundingMode[] = ["floor", "ceil", "down", "up", "half-up", "half-down", "half-even"];
const SEED = 20261122;

/** A decimal string as [numerator, denominator] BigInts. */
function ratio(s: string): [bigint, bigint] {
  const [whole, fraction = ""] = s.split(".");
  return [BigInt(`${whole}${fraction}`), 10n ** BigInt(fraction.length)];
}

function roundBig(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const q = n / d;
  const r = n - q * d;
  if (r === 0n) return q;
  if (mode === "floor" || mode === "down") return q;
  if (mode === "ceil" || mode === "up") return q + 1n;
  const twice = 2n * r;
  if (twice !== d) return twice > d ? q + 1n : q;
  return mode === "half-up" || (mode === "half-even" && q % 2n === 1n) ? q + 1n : q;
}

const decimalString = (maxUnits: number, scale: number) =>
  fc.integer({ min: 0, max: maxUnits }).map((u) => (scale === 0 ? String(u) : `${Math.floor(u / 10 ** scale)}.${String(u % 10 ** scale).padStart(scale, "0")}`));
const positiveDecimal = fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 3 })).map(([u, k]) => (k === 0 ? String(u) : String(u / 10 ** k)));

const spendRule = fc.record({
  points: positiveDecimal,
  per: positiveDecimal,
  rounding: fc.constantFrom(...MODES),
  granularity: fc.constantFrom("line" as const, "order" as const),
  category: fc.option(fc.constantFrom("a", "b"), { nil: undefined }),
});

const order = fc.array(fc.record({ amount: decimalString(1_000_000, 2), category: fc.constantFrom("a", "b", "c") }), { minLength: 1, maxLength: 5 });

type EarnRuleInput = NonNullable<PointsProgramInput["earnRules"]>[number];

function lawProgram(
  rules: { points: string; per: string; rounding: RoundingMode; granularity: "line" | "order"; category: string | undefined }[],
  extra: Partial<PointsProgramInput> = {},
  more: readonly EarnRuleInput[] = [],
): PointsProgramInput {
  return {
    id: "p",
    timeZone: "UTC",
    currency: "CNY",
    earnRules: [
      ...rules.map((r, i) => ({
        id: `r${i}`,
        type: "spend" as const,
        rate: { points: r.points, per: r.per },
        rounding: r.rounding,
        granularity: r.granularity,
        ...(r.category === undefined ? {} : { appliesTo: { categories: [r.category] } }),
      })),
      ...more,
    ],
    ...extra,
  };
}

function lawOrder(lines: { amount: string; category: string }[]) {
  return { orderId: "o", at: "2026-03-14T12:00:00Z", lines: lines.map((l, i) => ({ lineId: `l${i}`, ...l })) };
}

describe("calculateEarn laws", () => {
  it("equals a naive BigInt oracle for spend rules (line and order granularity, every rounding mode)", () => {
    fc.assert(
      fc.property(fc.array(spendRule, { minLength: 1, maxLength: 4 }), order, (rules, lines) => {
        const result = calculateEarn(lawProgram(rules), lawOrder(lines));
        const expected = rules.map((r) => {
          const [pn, pd] = ratio(r.points);
          const [qn, qd] = ratio(r.per);
          const matching = lines.filter((l) => r.category === undefined || l.category === r.category);
          const exact = (amount: string): [bigint, bigint] => {
            const [an, ad] = ratio(amount);
            return [an * pn * qd, ad * pd * qn];
          };
          if (r.granularity === "line") return matching.reduce((sum, l) => sum + roundBig(...exact(l.amount), r.rounding), 0n);
          // The sum of the lines over a common denominator 100.
          const total = matching.reduce((sum, l) => sum + ratio(l.amount)[0] * (100n / ratio(l.amount)[1]), 0n);
          return roundBig(total * pn * qd, 100n * pd * qn, r.rounding);
        });
        const byRule = new Map(result.awards.map((a) => [a.ruleId, a.points]));
        return expected.every((e, i) => BigInt(byRule.get(`r${i}`) ?? 0) === e);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("equals the oracle for a multiplier on every line: base + multiplier = R(F · raw)", () => {
    fc.assert(
      fc.property(spendRule, fc.integer({ min: 100, max: 500 }), order, (rule, f100, lines) => {
        const base = { ...rule, category: undefined };
        const factor = String(f100 / 100);
        const program = lawProgram([base], {}, [{ id: "m", type: "multiplier", factor }]);
        const result = calculateEarn(program, lawOrder(lines));
        const [pn, pd] = ratio(rule.points);
        const [qn, qd] = ratio(rule.per);
        const [fn, fd] = ratio(factor);
        const exact = (amount: string): [bigint, bigint] => {
          const [an, ad] = ratio(amount);
          return [an * pn * qd * fn, ad * pd * qn * fd];
        };
        const expected =
          rule.granularity === "line"
            ? lines.reduce((s, l) => s + roundBig(...exact(l.amount), rule.rounding), 0n)
            : roundBig(lines.reduce((s, l) => s + ratio(l.amount)[0] * (100n / ratio(l.amount)[1]), 0n) * pn * qd * fn, 100n * pd * qn * fd, rule.rounding);
        return BigInt(result.points) === expected;
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("conserves: total = Σ awards, Σ lines of each award = its points, points ≤ wanted, caps never exceeded", () => {
    const caps = fc.array(fc.record({ max: fc.integer({ min: 0, max: 5_000 }), period: fc.constantFrom("order" as const, "day" as const, "year" as const) }), { maxLength: 2 });
    fc.assert(
      fc.property(
        // The members of a group are contiguous (the schema requires it): rules sorted by group.
        fc
          .array(fc.tuple(spendRule, caps, fc.option(fc.constantFrom("g1", "g2"), { nil: undefined })), { minLength: 1, maxLength: 4 })
          .map((rules) => [...rules].sort((a, b) => (a[2] ?? "").localeCompare(b[2] ?? ""))),
        caps,
        order,
        fc.integer({ min: 0, max: 3_000 }),
        fc.boolean(),
        (rules, programCaps, lines, used, withFixed) => {
          const ruled = lawProgram(
            rules.map(([r]) => r),
            { caps: programCaps.map((c) => ({ ...c, scope: "member" as const })) },
          );
          const earnRules: EarnRuleInput[] = (ruled.earnRules ?? []).map((r, i) => {
            const [, ruleCaps, group] = rules[i] as (typeof rules)[number];
            return { ...r, caps: ruleCaps, ...(group === undefined ? {} : { group }) };
          });
          if (withFixed) earnRules.push({ id: "f", type: "fixed", points: 7, per: "unit" }, { id: "m", type: "multiplier", factor: "1.5" });
          const program: PointsProgramInput = { ...ruled, earnRules };
          const result = calculateEarn(program, lawOrder(lines), { usage: () => used });
          let sum = 0;
          for (const a of result.awards) {
            sum += a.points;
            expect(a.points).toBeGreaterThan(0);
            expect(a.points).toBeLessThanOrEqual(a.wanted);
            expect(a.lines.reduce((s, l) => s + l.points, 0)).toBe(a.points);
          }
          expect(result.points).toBe(sum);
          for (const [c, cap] of programCaps.entries()) {
            const room = cap.max - (cap.period === "order" ? 0 : used);
            expect(result.points, `program cap ${c}`).toBeLessThanOrEqual(Math.max(0, room));
          }
          for (const a of result.awards) {
            const i = Number(a.ruleId.slice(1));
            if (a.ruleId.startsWith("r")) {
              for (const cap of (rules[i] as (typeof rules)[number])[1]) {
                expect(a.points).toBeLessThanOrEqual(Math.max(0, cap.max - (cap.period === "order" ? 0 : used)));
              }
            }
          }
          const trace = result.trace;
          expect(trace.length).toBeGreaterThanOrEqual(earnRules.length);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("never lowers spend points when the amount grows (floor)", () => {
    fc.assert(
      fc.property(spendRule, order, fc.nat({ max: 100_000 }), fc.nat({ max: 4 }), (rule, lines, extra, which) => {
        const r = { ...rule, rounding: "floor" as const, category: undefined };
        const before = calculateEarn(lawProgram([r]), lawOrder(lines)).points;
        const k = which % lines.length;
        const grown = lines.map((l, i) => (i === k ? { ...l, amount: (Number(l.amount) + extra / 100).toFixed(2) } : l));
        return calculateEarn(lawProgram([r]), lawOrder(grown)).points >= before;
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
