import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringIndex } from "../../src/points/StringIndex.js";
import { StringList } from "../../src/points/StringList.js";

describe("StringIndex", () => {
  it("numbers keys in order and finds them again", () => {
    const index = new StringIndex(StringList.of(["a", "b"]));
    expect(index.add("c")).toBe(2);
    expect(index.add("a")).toBe(-1);
    expect(index.add("c")).toBe(-3);
    expect([index.indexOf("a"), index.indexOf("b"), index.indexOf("c"), index.indexOf("d"), index.indexOf("")]).toEqual([0, 1, 2, -1, -1]);
    expect(index.size).toBe(3);
    expect(index.keys.slice(0, 3)).toEqual(["a", "b", "c"]);
    expect(() => new StringIndex(StringList.of(["x", "x"]))).toThrow(/repeats/);
    expect(() => new StringIndex(StringList.unpack({ text: "xyxy", lengths: "u8:AgI=" }))).toThrow(/repeats/);
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
        const listed = index.keys.slice(0, index.size);
        expect(listed).toEqual([...map.keys()]);
        // rebuilt from the packed keys, it finds the same
        const packed = new StringIndex(StringList.unpack(JSON.parse(JSON.stringify(index.keys.pack()))));
        for (const key of [...listed, ...probes]) {
          expect(packed.indexOf(key)).toBe(map.get(key) ?? -1);
          expect(packed.indexOfPrefix(`${key}#tail`, key.length)).toBe(map.get(key) ?? -1);
        }
      }),
      { seed: 601, numRuns: 200 },
    );
  });
});
