import { describe, expect, it } from "vitest";
import { LOYALTY_LEVELS } from "../../src/loyalty/LOYALTY_LEVELS.js";
import type { LoyaltyLevelId } from "../../src/loyalty/LoyaltyLevelId.js";
import { loyaltyPlaybook } from "../../src/loyalty/loyaltyPlaybook.js";
import { toDickBasu } from "../../src/loyalty/toDickBasu.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

describe("loyaltyPlaybook", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const play = loyaltyPlaybook("mercenary");
      expect(play.dickBasu).toBe("spurious");
      expect(play.goal.en).toBe("Money buys behaviour, not attitude: hold the behaviour while winning the attitude");
      expect(play.actions.length).toBe(3);
    });
  });

  it("has a bilingual, frozen entry for every level (source: DOMAIN.md §2 playbook)", () => {
    for (const { id } of LOYALTY_LEVELS) {
      const play = loyaltyPlaybook(id);
      expect(play.level).toBe(id);
      expect(Object.isFrozen(play)).toBe(true);
      expect(Object.isFrozen(play.actions)).toBe(true);
      for (const text of [play.goal, play.caution, ...play.actions]) {
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en.length).toBeGreaterThan(10);
      }
    }
    expect(loyaltyPlaybook("latent").actions[0]?.en).toContain("reason to buy now");
    expect(loyaltyPlaybook("fanatic").actions[0]?.en).toContain("Referral");
  });

  it("rejects an unknown level", () => {
    catchPatronageError(() => loyaltyPlaybook("gold" as LoyaltyLevelId), { code: "INVALID_ARGUMENT", field: "level" });
  });
});

describe("toDickBasu", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      expect(toDickBasu("mercenary")).toBe("spurious");
      expect(toDickBasu("fanatic")).toBe("true");
      expect(toDickBasu("latent")).toBe("latent");
    });
  });

  it("maps the six levels onto the four cells of Dick & Basu (1994)", () => {
    expect(LOYALTY_LEVELS.map((l) => toDickBasu(l.id))).toEqual(["none", "spurious", "spurious", "latent", "true", "true"]);
  });

  it("rejects an unknown level", () => {
    catchPatronageError(() => toDickBasu("loyal" as LoyaltyLevelId), {
      code: "INVALID_ARGUMENT",
      field: "level",
      message: 'level must be "none", "inertia", "mercenary", "latent", "committed" or "fanatic"; received "loyal"',
    });
  });
});
