import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemberGrouping } from "../../src/tiers/MemberGrouping.js";

describe("MemberGrouping", () => {
  it("groups columns by member, keeping each member's rows in order, across buckets (fast-check, seed 31)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.array(fc.nat(), { maxLength: 400 }), (members, draws) => {
        const member = draws.map((d) => d % members);
        const grouping = new MemberGrouping(member, members);
        // the reference: rows stably sorted by member, and where each member starts
        const order = member.map((_, i) => i).sort((a, b) => (member[a] as number) - (member[b] as number) || a - b);
        expect(Array.from(grouping.group(member.map((_, i) => i)))).toEqual(order);
        expect(Array.from(grouping.group(member))).toEqual(order.map((i) => member[i]));
        const first = Array.from({ length: members + 1 }, (_, m) => member.filter((x) => x < m).length);
        expect(Array.from(grouping.first)).toEqual(first);
      }),
      { seed: 31, numRuns: 200 },
    );
  });
});
