import { describe, expect, it } from "vitest";
import { evaluateTier, tierDistribution } from "../../src/tiers/index.js";

const program = {
  id: "stars",
  timeZone: "UTC",
  tiers: [
    { id: "gold", rank: 1, qualify: { criteria: [{ metric: "points", atLeast: 500 }] } },
    { id: "green", rank: 0 },
  ],
};

describe("tierDistribution", () => {
  it("counts members per tier, lowest rank first (the TSDoc example)", () => {
    expect(tierDistribution(program, ["green", "gold", "green", "green"])).toEqual({
      total: 4,
      tiers: [
        { tier: "green", rank: 0, count: 3, share: 0.75 },
        { tier: "gold", rank: 1, count: 1, share: 0.25 },
      ],
    });
  });

  it("takes evaluations, and lists every tier even when nobody holds it", () => {
    const results = [evaluateTier(program, [{ at: "2026-01-02", points: 600 }], { asOf: "2026-02-01", joinedAt: "2026-01-01" })];
    expect(tierDistribution(program, results).tiers.map((t) => [t.tier, t.count])).toEqual([
      ["green", 0],
      ["gold", 1],
    ]);
    expect(tierDistribution(program, [])).toEqual({ total: 0, tiers: [{ tier: "green", rank: 0, count: 0, share: 0 }, { tier: "gold", rank: 1, count: 0, share: 0 }] });
  });

  it("refuses a tier the programme does not have, naming results[i]", () => {
    expect(() => tierDistribution(program, ["green", "platinum"])).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "results[1]" }));
    expect(() => tierDistribution(program, [null as unknown as string])).toThrow(expect.objectContaining({ field: "results[0]" }));
    expect(() => tierDistribution(program, "green" as unknown as string[])).toThrow(expect.objectContaining({ field: "results" }));
  });
});
