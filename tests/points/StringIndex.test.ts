import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringIndex } from "../../src/points/StringIndex.js";

describe("StringIndex", () => {
  it("numbers keys in order and finds them again", () => {
    const index = new StringIndex(["a", "b"]);
    expect(index.add("c")).toBe(2);
    expect(index.add("a")).toBe(-1);
    expect(index.add("c")).toBe(-3);
    expect([index.indexOf("a"), index.indexOf("b"), index.indexOf("c"), index.indexOf("d"), index.indexOf("")]).toEqual([0, 1, 2, -1, -1]);
    expect(index.size).toBe(3);
    expect(index.keys).toEqual(["a", "b", "c"]);
    expect(() => new StringIndex(["x", "x"])).toThrow(/repeats/);
  });

  it("agrees with a Map over any keys, through growth (fast-check, seed 601)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6, unit: "binary" }), { maxLength: 400 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), (keys, probes) => {
        const index = new StringIndex();
        const map = new Map<string, number>();
        for (const key of keys) {
          const known = map.get(key);
          expect(index.add(key)).toBe(known === undefined ? map.size : -1 - known);
          if (known === undefined) map.set(key, map.size);
        }
        for (const key of [...keys, ...probes]) {
          expect(index.indexOf(key)).toBe(map.get(key) ?? -1);
          expect(index.indexOfPrefix(`${key}#tail`, key.length)).toBe(map.get(key) ?? -1);
        }
        expect(new StringIndex(index.keys).keys).toEqual([...map.keys()]);
      }),
      { seed: 601, numRuns: 200 },
    );
  });
});
