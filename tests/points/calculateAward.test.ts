import { describe, expect, it } from "vitest";
import { calculateAward } from "../../src/points/calculateAward.js";
import type { EarnContext, OccurrenceQuery } from "../../src/points/EarnContext.js";
import type { PointsAwardInput } from "../../src/points/PointsAwardInput.js";
import type { PointsProgramInput } from "../../src/points/PointsProgram.js";

type Rule = NonNullable<PointsProgramInput["earnRules"]>[number];
const programOf = (earnRules: Rule[], extra: Partial<PointsProgramInput> = {}): PointsProgramInput => ({
  id: "p",
  timeZone: "Europe/Paris",
  currency: "EUR",
  earnRules,
  ...extra,
});

describe("examples", () => {
  it("awards a birthday within its 7-day window across New Year (TSDoc example)", () => {
    const program = {
      id: "shop",
      timeZone: "Europe/Paris",
      currency: "EUR",
      earnRules: [{ id: "bday", type: "event" as const, event: "birthday", points: 500, windowDays: 7 }],
    };
    expect(calculateAward(program, { event: "birthday", birthday: "12-30" }, { at: "2027-01-04T12:00:00+01:00" }).points).toBe(500);
    expect(calculateAward(program, { event: "birthday", birthday: "12-30" }, { at: "2027-01-06T12:00:00+01:00" }).points).toBe(0);
  });
});

describe("calculateAward", () => {
  const signup: Rule = { id: "signup", type: "event", event: "signup", points: 200 };

  it("fires the event's rules only, with empty lines and promotional lots", () => {
    const p = programOf([{ id: "s", type: "spend", rate: { points: 1, per: 1 } }, signup, { id: "ref", type: "event", event: "referral", points: 50 }]);
    const r = calculateAward(p, { event: "signup" }, { at: "2026-03-14T10:00:00Z" });
    expect(r).toMatchObject({ points: 200, wanted: 200, basis: "0" });
    expect(r.awards).toEqual([{ ruleId: "signup", points: 200, wanted: 200, lotCategory: "promotional", expiry: null, lines: [], oncePerKey: "lifetime" }]);
    expect(r.trace).toEqual([
      { ruleId: "signup", lineId: null, status: "awarded", reason: 'event "signup"', basis: "0", exact: "200", points: 200, remainder: "0" },
    ]);
    expect(calculateAward(p, { event: "unknown" }, { at: "2026-03-14T10:00:00Z" })).toMatchObject({ points: 0, awards: [] });
    // No once-per limit ("none" for custom events and referrals): no key.
    expect(calculateAward(p, { event: "referral" }, { at: "2026-03-14T10:00:00Z" }).awards[0]).not.toHaveProperty("oncePerKey");
  });

  it("matches a referral rule's role", () => {
    const p = programOf([
      { id: "referrer", type: "event", event: "referral", role: "referrer", points: 300 },
      { id: "referee", type: "event", event: "referral", role: "referee", points: 100 },
      { id: "any", type: "event", event: "referral", points: 1 },
    ]);
    const at = { at: "2026-03-14T10:00:00Z" };
    expect(calculateAward(p, { event: "referral", role: "referrer" }, at).awards.map((a) => a.ruleId)).toEqual(["referrer", "any"]);
    expect(calculateAward(p, { event: "referral", role: "referee" }, at).points).toBe(101);
    const none = calculateAward(p, { event: "referral" }, at);
    expect(none.points).toBe(1);
    expect(none.trace[0]?.reason).toBe("role: the rule is for the referrer, the award names no role");
  });

  it("limits once per lifetime (signup) and per year (birthday) through context.occurrences", () => {
    const p = programOf([signup, { id: "bday", type: "event", event: "birthday", points: 10 }]);
    const seen: OccurrenceQuery[] = [];
    const occurrences = (q: OccurrenceQuery) => {
      seen.push(q);
      return q.periodKey === "2026" || q.periodKey === "lifetime" ? 1 : 0;
    };
    const s = calculateAward(p, { event: "signup" }, { at: "2026-03-14T10:00:00Z", occurrences });
    expect(s.points).toBe(0);
    expect(s.trace[0]).toMatchObject({ status: "not-applicable", reason: "oncePer: already awarded" });
    const b = calculateAward(p, { event: "birthday", birthday: "03-14" }, { at: "2026-03-14T10:00:00Z", occurrences });
    expect(b.trace[0]?.reason).toBe("oncePer: already awarded in 2026");
    expect(calculateAward(p, { event: "birthday", birthday: "03-14" }, { at: "2027-03-14T10:00:00Z", occurrences }).points).toBe(10);
    expect(seen).toContainEqual({ ruleId: "signup", periodKey: "lifetime" });
    expect(seen).toContainEqual({ ruleId: "bday", periodKey: "2027" });
  });

  it("counts a birthday window across New Year in the birthday's year", () => {
    const p = programOf([{ id: "bday", type: "event", event: "birthday", points: 10, windowDays: 5 }]);
    const seen: string[] = [];
    const r = calculateAward(p, { event: "birthday", birthday: "12-30" }, {
      at: "2027-01-02T10:00:00+01:00",
      occurrences: (q) => {
        seen.push(q.periodKey);
        return 0;
      },
    });
    expect(r.points).toBe(10);
    expect(seen).toEqual(["2026"]);
    expect(r.awards[0]?.oncePerKey).toBe("2026");
  });

  it("reads a birthday in the programme's zone, with a default window of one day", () => {
    const p = programOf([{ id: "bday", type: "event", event: "birthday", points: 10 }]);
    // 2026-03-13T23:30Z is already 03-14 in Paris (UTC+1).
    expect(calculateAward(p, { event: "birthday", birthday: "03-14" }, { at: "2026-03-13T23:30:00Z" }).points).toBe(10);
    expect(calculateAward(p, { event: "birthday", birthday: "03-14" }, { at: "2026-03-13T22:30:00Z" }).points).toBe(0);
    expect(calculateAward(p, { event: "birthday", birthday: "03-14" }, { at: "2026-03-15T00:00:00+01:00" }).trace[0]?.reason).toBe(
      "birthday: 2026-03-15 is outside the 1-day window from 03-14",
    );
  });

  it("moves 29 February to 28 February in a common year", () => {
    const p = programOf([{ id: "bday", type: "event", event: "birthday", points: 10 }]);
    const leap = (at: string) => calculateAward(p, { event: "birthday", birthday: "02-29" }, { at }).points;
    expect(leap("2027-02-28T12:00:00+01:00")).toBe(10);
    expect(leap("2027-03-01T12:00:00+01:00")).toBe(0);
    expect(leap("2028-02-29T12:00:00+01:00")).toBe(10);
    expect(leap("2028-02-28T12:00:00+01:00")).toBe(0);
  });

  it("reads conditions from the context: channel, tier and the instant", () => {
    const p = programOf([{ ...signup, conditions: { channels: ["app"], tiers: ["gold"], from: "2026-01-01", minOrderAmount: "0" } } as Rule]);
    expect(calculateAward(p, { event: "signup" }, { at: "2026-03-14T10:00:00Z", channel: "app", tier: "gold" }).points).toBe(200);
    expect(calculateAward(p, { event: "signup" }, { at: "2026-03-14T10:00:00Z", channel: "web", tier: "gold" }).points).toBe(0);
    expect(calculateAward(p, { event: "signup" }, { at: "2025-12-31T22:59:59Z", channel: "app", tier: "gold" }).points).toBe(0);
  });

  it("applies caps, stacking and groups as calculateEarn does", () => {
    const p = programOf(
      [
        { id: "a", type: "event", event: "promo", points: 40, group: "g" },
        { id: "b", type: "event", event: "promo", points: 60, group: "g", stacking: "stop" },
        { id: "c", type: "event", event: "promo", points: 5 },
      ],
      { caps: [{ max: 50, period: "day", scope: "member" }] },
    );
    const r = calculateAward(p, { event: "promo" }, { at: "2026-03-14T10:00:00Z", usage: () => 0 });
    expect(r.awards.map((a) => [a.ruleId, a.points, a.wanted])).toEqual([["b", 50, 60]]);
    expect(r.trace.map((e) => [e.ruleId, e.status])).toEqual([
      ["a", "superseded"],
      ["b", "capped"],
      ["c", "stopped"],
    ]);
  });

  it("awards firstPurchase only when context.firstPurchase is true, as calculateEarn does", () => {
    const p = programOf([{ id: "welcome", type: "event", event: "firstPurchase", points: 100 }]);
    const without = calculateAward(p, { event: "firstPurchase" }, { at: "2026-03-14T10:00:00Z" });
    expect(without.points).toBe(0);
    expect(without.trace[0]).toMatchObject({ ruleId: "welcome", status: "not-applicable", reason: "context.firstPurchase is not true" });
    expect(calculateAward(p, { event: "firstPurchase" }, { at: "2026-03-14T10:00:00Z", firstPurchase: false }).points).toBe(0);
    const first = calculateAward(p, { event: "firstPurchase" }, { at: "2026-03-14T10:00:00Z", firstPurchase: true });
    expect(first.awards).toEqual([{ ruleId: "welcome", points: 100, wanted: 100, lotCategory: "promotional", expiry: null, lines: [], oncePerKey: "lifetime" }]);
  });

  it.each([
    ["context.usage", { at: "2026-01-01", usage: () => 0.5 }, 0.5],
    ["context.usage", { at: "2026-01-01", usage: () => Infinity }, Infinity],
    ["context.occurrences", { at: "2026-01-01", occurrences: () => 0.5 }, 0.5],
    ["context.occurrences", { at: "2026-01-01", occurrences: () => Infinity }, Infinity],
  ])("rejects a non-integer answer of %s, naming it and the value", (field, context, value) => {
    const p = programOf([{ ...signup, caps: [{ max: 500, period: "year" }] } as Rule]);
    expect(() => calculateAward(p, { event: "signup" }, context as EarnContext)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field, value }));
  });

  it("names the rules whose awards together pass 2^53 − 1", () => {
    const max = Number.MAX_SAFE_INTEGER;
    const p = programOf([
      { id: "a", type: "event", event: "promo", points: max },
      { id: "b", type: "event", event: "promo", points: max },
    ]);
    expect(() => calculateAward(p, { event: "promo" }, { at: "2026-01-01" })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "program.earnRules" }));
  });

  it.each([
    ["award", null, { at: "2026-01-01" }],
    ["award.rol", { event: "referral", rol: "referrer" }, { at: "2026-01-01" }],
    ["award.birthDay", { event: "birthday", birthDay: "03-14" }, { at: "2026-01-01" }],
    ["context.firstPurchse", { event: "signup" }, { at: "2026-01-01", firstPurchse: true }],
    ["award.event", { event: "" }, { at: "2026-01-01" }],
    ["award.role", { event: "referral", role: "friend" }, { at: "2026-01-01" }],
    ["award.birthday", { event: "birthday", birthday: "02-30" }, { at: "2026-01-01" }],
    ["award.birthday", { event: "birthday", birthday: "2-3" }, { at: "2026-01-01" }],
    ["award.birthday", { event: "birthday" }, { at: "2026-01-01" }],
    ["context.at", { event: "signup" }, {}],
    ["context.occurrences", { event: "signup" }, { at: "2026-01-01", occurrences: () => -1 }],
  ])("throws INVALID_ARGUMENT naming %s", (field, award, context) => {
    const p = programOf([signup, { id: "bday", type: "event", event: "birthday", points: 1 }]);
    expect(() => calculateAward(p, award as unknown as PointsAwardInput, context as unknown as EarnContext)).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field }),
    );
  });
});
