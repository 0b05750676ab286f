import { describe, expectTypeOf, it } from "vitest";
import { classifyLoyalty } from "../../src/loyalty/classifyLoyalty.js";
import { classifyLoyaltyBatch } from "../../src/loyalty/classifyLoyaltyBatch.js";
import { LOYALTY_LEVELS } from "../../src/loyalty/LOYALTY_LEVELS.js";
import type { LoyaltyLevelId } from "../../src/loyalty/LoyaltyLevelId.js";
import { loyaltyPlaybook } from "../../src/loyalty/loyaltyPlaybook.js";
import { toDickBasu } from "../../src/loyalty/toDickBasu.js";

describe("loyalty types", () => {
  it("types levels as a union of six ids", () => {
    expectTypeOf<LoyaltyLevelId>().toEqualTypeOf<"none" | "inertia" | "mercenary" | "latent" | "committed" | "fanatic">();
    expectTypeOf(LOYALTY_LEVELS[0]!.id).toEqualTypeOf<LoyaltyLevelId>();
    expectTypeOf(toDickBasu("none")).toEqualTypeOf<"true" | "latent" | "spurious" | "none">();
  });

  it("returns typed results", () => {
    const r = classifyLoyalty({ behaviour: { purchases: 1, windowDays: 30, daysSinceLastPurchase: 3 }, attitude: { recommend: 5 } });
    expectTypeOf(r.level).toEqualTypeOf<LoyaltyLevelId>();
    expectTypeOf(r.advocacy).toEqualTypeOf<number | null>();
    expectTypeOf(classifyLoyaltyBatch({ recommend: [1] }).level).toEqualTypeOf<Uint8Array>();
  });

  it("rejects what must not compile", () => {
    // @ts-expect-error an unknown level id
    loyaltyPlaybook("gold");
    // @ts-expect-error purchases are required in behaviour
    classifyLoyalty({ behaviour: { windowDays: 30 }, attitude: { recommend: 5 } });
    // @ts-expect-error an unknown threshold
    classifyLoyalty({ attitude: { recommend: 5 } }, { thresholds: { behavioral: 0.5 } });
    // @ts-expect-error levels are readonly
    LOYALTY_LEVELS[0] = LOYALTY_LEVELS[1]!;
  });
});
