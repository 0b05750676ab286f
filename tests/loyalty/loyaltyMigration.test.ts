import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LoyaltyAssignment } from "../../src/loyalty/LoyaltyAssignment.js";
import { LOYALTY_LEVELS } from "../../src/loyalty/LOYALTY_LEVELS.js";
import type { LoyaltyLevelId } from "../../src/loyalty/LoyaltyLevelId.js";
import { loyaltyMigration } from "../../src/loyalty/loyaltyMigration.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

const levelArb = fc.constantFrom<LoyaltyLevelId>(...LOYALTY_LEVELS.map((l) => l.id));
const listArb = fc
  .uniqueArray(fc.record({ customerId: fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"), level: levelArb }), {
    selector: (x) => x.customerId,
    maxLength: 8,
  });

describe("loyaltyMigration", () => {
  describe("examples", () => {
    it("mirrors the TSDoc example", () => {
      const m = loyaltyMigration(
        [
          { customerId: "a", level: "inertia" },
          { customerId: "b", level: "latent" },
          { customerId: "c", level: "none" },
        ],
        [
          { customerId: "a", level: "committed" },
          { customerId: "b", level: "latent" },
          { customerId: "d", level: "mercenary" },
        ],
      );
      expect(m.counts[1]).toEqual([0, 0, 0, 0, 1, 0]);
      expect(m.upgraded).toBe(0.5);
      expect(m.stable).toBe(0.5);
      expect(m.appeared).toEqual(["d"]);
      expect(m.disappeared).toEqual(["c"]);
    });
  });

  it("fills the matrix, its row shares and the downgrade share", () => {
    const m = loyaltyMigration(
      [
        { customerId: "a", level: "fanatic" },
        { customerId: "b", level: "fanatic" },
        { customerId: "c", level: "none" },
      ],
      [
        { customerId: "c", level: "none" },
        { customerId: "b", level: "committed" },
        { customerId: "a", level: "fanatic" },
      ],
    );
    expect(m.levels).toEqual(["none", "inertia", "mercenary", "latent", "committed", "fanatic"]);
    expect(m.counts[5]).toEqual([0, 0, 0, 0, 1, 1]);
    expect(m.rowShares[5]).toEqual([0, 0, 0, 0, 0.5, 0.5]);
    expect(m.rowShares[0]).toEqual([1, 0, 0, 0, 0, 0]);
    expect(m.rowShares[1]).toBeNull();
    expect([m.upgraded, m.stable, m.downgraded]).toEqual([0, 2 / 3, 1 / 3]);
    expect(m.matched).toBe(3);
  });

  it("gives null shares when no customer is in both lists", () => {
    const m = loyaltyMigration([{ customerId: "a", level: "none" }], []);
    expect([m.matched, m.upgraded, m.stable, m.downgraded]).toEqual([0, null, null, null]);
    expect(m.disappeared).toEqual(["a"]);
  });

  it("conserves customers: the matrix sums to matched, shares to 1 (property)", () => {
    fc.assert(
      fc.property(listArb, listArb, (before, after) => {
        const m = loyaltyMigration(before, after);
        const total = m.counts.flat().reduce((s, c) => s + c, 0);
        expect(total).toBe(m.matched);
        expect(m.matched + m.disappeared.length).toBe(before.length);
        expect(m.matched + m.appeared.length).toBe(after.length);
        if (m.matched > 0) expect((m.upgraded ?? 0) + (m.stable ?? 0) + (m.downgraded ?? 0)).toBeCloseTo(1, 12);
        for (const row of m.rowShares) if (row !== null) expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        // identity: a list against itself is all stable
        expect(loyaltyMigration(before, before).downgraded ?? 0).toBe(0);
      }),
    );
  });

  it("rejects duplicates and malformed entries", () => {
    const a: LoyaltyAssignment = { customerId: "a", level: "none" };
    catchPatronageError(() => loyaltyMigration([a, { customerId: "b", level: "none" }, a], []), {
      code: "DUPLICATE_ID",
      field: "before[2].customerId",
      message: 'before[2].customerId "a" appears twice in before',
    });
    catchPatronageError(() => loyaltyMigration([], [a, a]), { code: "DUPLICATE_ID", field: "after[1].customerId" });
    catchPatronageError(() => loyaltyMigration([{ customerId: 1 } as unknown as LoyaltyAssignment], []), { code: "INVALID_ARGUMENT", field: "before[0].customerId" });
    catchPatronageError(() => loyaltyMigration([{ customerId: "x", level: "gold" } as unknown as LoyaltyAssignment], []), { code: "INVALID_ARGUMENT", field: "before[0].level" });
    catchPatronageError(() => loyaltyMigration([null as unknown as LoyaltyAssignment], []), { code: "INVALID_ARGUMENT", field: "before[0]" });
    catchPatronageError(() => loyaltyMigration([], "x" as unknown as []), { code: "INVALID_ARGUMENT", field: "after" });
  });

  it("reads levels through the one level lookup: inherited names are not levels", () => {
    for (const level of ["__proto__", "toString", "constructor"]) {
      catchPatronageError(() => loyaltyMigration([{ customerId: "x", level } as unknown as LoyaltyAssignment], []), { code: "INVALID_ARGUMENT", field: "before[0].level" });
    }
  });
});
