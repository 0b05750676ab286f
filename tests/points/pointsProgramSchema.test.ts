import { describe, expect, it } from "vitest";
import { calculateEarn } from "../../src/points/calculateEarn.js";
import type { PointsProgramInput } from "../../src/points/PointsProgram.js";
import { pointsProgramSchema } from "../../src/points/pointsProgramSchema.js";

// The cross-field checks of the programme schema (src/points/checkPointsProgram.ts), seen through
// the schema itself and through calculateEarn (INVALID_CONFIG naming `program.…`).

type Rule = NonNullable<PointsProgramInput["earnRules"]>[number];
const programOf = (earnRules: Rule[], extra: Partial<PointsProgramInput> = {}): PointsProgramInput => ({
  id: "p",
  timeZone: "UTC",
  currency: "CNY",
  earnRules,
  ...extra,
});
const spend = (id: string, more: Partial<Extract<Rule, { type: "spend" }>> = {}): Rule => ({ id, type: "spend", rate: { points: 1, per: 1 }, ...more });
const mult = (id: string, factor: string | number, more: Partial<Extract<Rule, { type: "multiplier" }>> = {}): Rule => ({ id, type: "multiplier", factor, ...more });
const order = { orderId: "o", at: "2026-03-14T10:00:00Z", lines: [{ lineId: "l1", amount: "10" }] };

/** The INVALID_CONFIG error calculateEarn throws for `program`. */
const rejects = (program: PointsProgramInput, field: string, message?: RegExp) => {
  expect(() => calculateEarn(program, order)).toThrow(expect.objectContaining({ code: "INVALID_CONFIG", field }));
  if (message !== undefined) expect(() => calculateEarn(program, order)).toThrow(message);
};
const accepts = (program: PointsProgramInput) => expect(pointsProgramSchema.safeParse(program).success).toBe(true);

describe("pointsProgramSchema cross-field checks", () => {
  it("rejects a multiplier naming the same rule twice (it would multiply it twice)", () => {
    // Before: 10 base + 30 (×2 applied twice) = 40.
    rejects(programOf([spend("b"), mult("m", 2, { rules: ["b", "b"] })]), "program.earnRules[1].rules[1]", /repeats rule "b" \(also rules\[0\]\)/);
    expect(calculateEarn(programOf([spend("b"), mult("m", 2, { rules: ["b"] })]), order).points).toBe(20);
  });

  it("rejects a multiplier with no rules and no spend rule before it", () => {
    rejects(programOf([mult("m", 3)]), "program.earnRules[0]", /needs a "spend" rule declared before it/);
    rejects(programOf([{ id: "f", type: "fixed", points: 1 }, mult("m", 3), spend("s")]), "program.earnRules[1]");
    accepts(programOf([spend("s"), mult("m", 3)]));
  });

  it("rejects hours whose from equals to", () => {
    rejects(programOf([spend("s", { conditions: { hours: { from: 9, to: 9 } } })]), "program.earnRules[0].conditions.hours.to", /must differ from hours\.from/);
    accepts(programOf([spend("s", { conditions: { hours: { from: 9, to: 10 } } })]));
  });

  it('rejects a programme cap counting per order with scope "program", as on rules', () => {
    rejects(programOf([spend("s")], { caps: [{ max: 10, period: "order", scope: "program" }] }), "program.caps[0].period", /cannot count per order/);
    rejects(programOf([spend("s", { caps: [{ max: 10, period: "order", scope: "program" }] })]), "program.earnRules[0].caps[0].period");
    accepts(programOf([spend("s")], { caps: [{ max: 10, period: "order" }] }));
  });

  it("keeps the earlier checks: ids, factors, named rules, event fields, durations, lock", () => {
    rejects(programOf([spend("a"), spend("a")]), "program.earnRules[1].id", /duplicate rule id \(also earnRules\[0\]\)/);
    rejects(programOf([spend("a"), mult("m", "0.5")]), "program.earnRules[1].factor");
    rejects(programOf([spend("a"), mult("m", 2, { rules: ["nope"] })]), "program.earnRules[1].rules[0]", /names no rule/);
    rejects(programOf([{ id: "f", type: "fixed", points: 1 }, spend("a"), mult("m", 2, { rules: ["f"] })]), "program.earnRules[2].rules[0]", /names a "fixed" rule/);
    rejects(programOf([mult("m", 2, { rules: ["a"] }), spend("a")]), "program.earnRules[0].rules[0]", /declared after the multiplier/);
    rejects(programOf([{ id: "e", type: "event", event: "signup", points: 1, windowDays: 3 }]), "program.earnRules[0].windowDays");
    rejects(programOf([{ id: "e", type: "event", event: "signup", points: 1, role: "referee" }]), "program.earnRules[0].role");
    rejects(programOf([spend("a", { expiry: { type: "after" } })]), "program.earnRules[0].expiry");
    rejects(programOf([spend("a")], { expiry: { type: "inactivity" } }), "program.expiry");
    rejects(programOf([spend("a")], { lockDays: 3, lock: { days: 3 } }), "program.lockDays");
    accepts(programOf([spend("a", { expiry: { type: "after", roundTo: "endOfMonth" } })], { expiry: { type: "after", months: 12 }, lockDays: 3 }));
  });

  describe("conditions.from / until compared as instants", () => {
    const window = (from: string | Date, until: string | Date, timeZone = "UTC") => programOf([spend("s", { conditions: { from, until } })], { timeZone });
    const field = "program.earnRules[0].conditions.until";

    it("accepts a window whose strings sort the wrong way across offsets", () => {
      // from = 2026-02-28T16:00Z, until = 2026-03-01T01:00Z (the strings compare the other way).
      accepts(window("2026-03-01T00:00:00+08:00", "2026-02-28T20:00:00-05:00"));
      rejects(window("2026-02-28T20:00:00-05:00", "2026-03-01T00:00:00+08:00"), field, /2026-02-28T16:00:00\.000Z is not after 2026-03-01T01:00:00\.000Z/);
    });

    it("compares strings of different lengths, and Dates with strings", () => {
      rejects(window("2026-03-02", "2026-03-01T12:00:00Z"), field);
      rejects(window(new Date("2026-03-02T00:00:00Z"), "2026-03-01T00:00:00Z"), field);
      rejects(window("2026-03-01T00:00:00.000Z", "2026-03-01T00:00:00Z"), field);
      accepts(window(new Date("2026-03-01T00:00:00Z"), "2026-03-01T00:00:00.001Z"));
      rejects(window("2026-03-02", "2026-03-01"), field);
      rejects(window("2026-03-01", "2026-03-01"), field);
    });

    it("reads a calendar date as local midnight in the programme's zone", () => {
      // 2026-03-01 starts at 2026-02-28T16:00Z in Shanghai, at 2026-03-01T00:00Z in UTC.
      accepts(window("2026-03-01", "2026-02-28T17:00:00Z", "Asia/Shanghai"));
      rejects(window("2026-03-01", "2026-02-28T17:00:00Z"), field);
      rejects(window("2026-03-01", "2026-02-28T16:00:00Z", "Asia/Shanghai"), field);
      const p = window("2026-03-01", "2026-02-28T17:00:00Z", "Asia/Shanghai");
      expect(calculateEarn(p, { ...order, at: "2026-02-28T16:30:00Z" }).points).toBe(10);
      expect(calculateEarn(p, { ...order, at: "2026-02-28T17:00:00Z" }).points).toBe(0);
    });

    it("names the zone, not the window, when the zone is invalid", () => {
      rejects(window("2026-03-01", "2026-03-02", "Mars/Olympus"), "program.timeZone");
    });
  });

  describe("groups", () => {
    it("rejects a group whose members are not contiguous, naming the rule in between", () => {
      // Before: X (×1.5) kept the factor of M1, which M2 then superseded: 50 instead of 45.
      rejects(
        programOf([spend("b"), mult("M1", 2, { group: "g" }), mult("X", "1.5"), mult("M2", 3, { group: "g" })]),
        "program.earnRules[3].group",
        /members of group "g" must be contiguous: earnRules\[2\] lies between earnRules\[1\] and this rule/,
      );
      // Before: M paid its bonus on b1, which b2 then superseded.
      rejects(
        programOf([spend("b1", { group: "h" }), mult("M", 2, { rules: ["b1"] }), spend("b2", { rate: { points: "1.1", per: 1 }, group: "h" })]),
        "program.earnRules[2].group",
      );
      const contiguous = programOf([spend("b"), mult("X", "1.5"), mult("M1", 2, { group: "g" }), mult("M2", 3, { group: "g" })]);
      // 10 × 1.5 × 3 = 45: M2 supersedes M1.
      const r = calculateEarn(contiguous, order);
      expect(r.points).toBe(45);
      expect(r.awards.map((a) => [a.ruleId, a.points])).toEqual([
        ["b", 10],
        ["X", 5],
        ["M2", 30],
      ]);
    });

    it("rejects a multiplier in the group of a rule it multiplies", () => {
      rejects(programOf([spend("b", { group: "g" }), mult("M", 2, { group: "g" })]), "program.earnRules[1].group", /cannot share group "g" with a rule it multiplies \("b"\)/);
      rejects(programOf([spend("a"), spend("b", { group: "g" }), mult("M", 2, { rules: ["a", "b"], group: "g" })]), "program.earnRules[2].rules[1]");
      // A multiplier competing with a spend rule it does not multiply is fine.
      const p = programOf([spend("a"), spend("b", { group: "g", rate: { points: 3, per: 1 } }), mult("M", 2, { rules: ["a"], group: "g" })]);
      expect(calculateEarn(p, order).awards.map((a) => [a.ruleId, a.points])).toEqual([
        ["a", 10],
        ["b", 30],
      ]);
    });
  });
});
