import { describe, expect, it } from "vitest";
// docs/tiers.md imports from "patronage/tiers"; vitest does not map the package's subpaths, so the
// mirror imports the same names from the module's index.
import { evaluateTier, evaluateTierBatch, tierBenefits, tierTimeline, type TierProgramInput } from "../../src/tiers/index.js";

// Every code block of docs/tiers.md, in order, with the results it shows.
describe("docs/tiers.md", () => {
  const stars: TierProgramInput = {
    id: "stars",
    timeZone: "America/New_York",
    tiers: [
      { id: "green", rank: 0 },
      { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] }, benefits: { earnMultiplier: "1.2", pointsNeverExpire: true } },
      { id: "reserve", rank: 2, qualify: { criteria: [{ metric: "points", atLeast: 2500 }] }, benefits: { earnMultiplier: "1.7", pointsNeverExpire: true } },
    ],
    window: { type: "rolling", months: 12 },
    upgrade: "immediate",
    validity: { type: "months", months: 12 },
    downgrade: { rule: "recompute", graceDays: 0 },
  };
  const activity = [
    { at: "2026-03-01", points: 300 },
    { at: "2026-05-10", points: 200 },
    { at: "2026-09-01", points: 120 },
  ];

  it("a member's standing and history", () => {
    const standing = evaluateTier(stars, activity, { asOf: "2026-10-01", joinedAt: "2026-03-01" });
    expect(standing.tier).toBe("gold");
    expect(standing.validUntil).toBe("2027-05-10T04:00:00.000Z");
    expect(standing.next).toEqual({ tier: "reserve", remaining: { points: "1880" } });
    expect(standing.keep).toEqual({ remaining: { points: "380" } });
    expect(standing.projectedAtExpiry).toBe("green");
    expect(tierTimeline(stars, activity, { joinedAt: "2026-03-01" }).map((c) => `${c.at.slice(0, 10)} ${c.kind} ${c.from}→${c.to}`)).toEqual([
      "2026-05-10 upgrade green→gold",
      "2027-05-10 downgrade gold→green",
    ]);
  });

  it("overrides", () => {
    const overrides = [{ mode: "grant" as const, tierId: "reserve", from: "2026-06-01", until: "2026-07-01", reason: "service recovery" }];
    expect(evaluateTier(stars, activity, { asOf: "2026-06-15", joinedAt: "2026-03-01", overrides }).tier).toBe("reserve");
    expect(tierTimeline(stars, activity, { joinedAt: "2026-03-01", overrides }).map((c) => c.kind)).toEqual(["upgrade", "override", "override-ended", "downgrade"]);
  });

  it("tiers and points", () => {
    const multipliers = ["gold", "reserve"].map((tier) => ({
      id: `tier-${tier}`,
      type: "multiplier" as const,
      factor: tierBenefits(stars, tier).earnMultiplier,
      conditions: { tiers: [tier] },
    }));
    expect(multipliers[0]).toEqual({ id: "tier-gold", type: "multiplier", factor: "1.2", conditions: { tiers: ["gold"] } });
  });

  it("many members at once", () => {
    const day = (d: number) => Date.UTC(2026, 3, d);
    const batch = evaluateTierBatch(
      stars,
      { member: [0, 1, 0, 2], at: [day(1), day(2), day(3), day(4)], metrics: { points: [300, 80, 250, 2600] } },
      { asOf: "2026-05-01", joinedAt: "2026-03-01" },
    );
    expect(Array.from(batch.level, (level) => batch.tiers[level])).toEqual(["gold", "green", "reserve"]);
  });
});
