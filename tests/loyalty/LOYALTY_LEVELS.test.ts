import { describe, expect, it } from "vitest";
import { LOYALTY_LEVELS } from "../../src/loyalty/LOYALTY_LEVELS.js";

describe("LOYALTY_LEVELS", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      expect(LOYALTY_LEVELS.map((l) => l.id)).toEqual(["none", "inertia", "mercenary", "latent", "committed", "fanatic"]);
      expect(LOYALTY_LEVELS[2]?.zh).toBe("雇佣型忠诚");
      expect(Object.isFrozen(LOYALTY_LEVELS)).toBe(true);
    });
  });

  it("ranks equal indices and every entry is frozen and complete", () => {
    LOYALTY_LEVELS.forEach((level, i) => {
      expect(level.rank).toBe(i);
      expect(Object.isFrozen(level)).toBe(true);
      expect(level.zh.length).toBeGreaterThan(0);
      expect(level.en.length).toBeGreaterThan(0);
      expect(level.description.length).toBeGreaterThan(0);
    });
  });

  it("places each level in the cell of DOMAIN.md §2 (source: seed 002)", () => {
    expect(LOYALTY_LEVELS.map((l) => [l.behaviour, l.attitude])).toEqual([
      ["low", "low"],
      ["high", "low"],
      ["high", "low"],
      ["low", "high"],
      ["high", "high"],
      ["high", "very high"],
    ]);
    expect(LOYALTY_LEVELS.map((l) => l.zh)).toEqual(["不忠诚", "惯性型忠诚", "雇佣型忠诚", "潜在忠诚", "坚定型忠诚", "狂热型忠诚"]);
  });

  it("cannot be modified", () => {
    expect(() => (LOYALTY_LEVELS as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (LOYALTY_LEVELS[0] as { zh: string }).zh = "x";
    }).toThrow(TypeError);
  });
});
