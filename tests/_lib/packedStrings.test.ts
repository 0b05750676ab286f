import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packStrings, unpackStrings } from "../../src/_lib/packedStrings.js";

describe("packed strings", () => {
  it("round-trip any list of strings through JSON (fast-check, seed 604)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 300 }), { maxLength: 40 }), (list) => {
        expect(unpackStrings(JSON.parse(JSON.stringify(packStrings(list))))).toEqual(list);
      }),
      { seed: 604, numRuns: 300 },
    );
    expect(packStrings(["a", "bc"])).toEqual({ text: "abc", lengths: "u8:AQI=" });
    expect(packStrings(["x".repeat(300)]).lengths).toBe("v:sAk=");
  });

  it("refuse what does not add up", () => {
    expect(() => unpackStrings(null)).toThrow(/not an object/);
    expect(() => unpackStrings({ lengths: "u8:" })).toThrow(/no text/);
    expect(() => unpackStrings({ text: "abc", lengths: "u8:AQ==" })).toThrow(/use 1 of 3/);
    expect(() => unpackStrings({ text: "abc", lengths: "i32://///w==" })).toThrow(/negative/);
    expect(() => unpackStrings({ text: "abc", lengths: 5 })).toThrow(/not a string/);
  });
});
