import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StringList } from "../../src/points/StringList.js";

/** Every string of a list. */
const all = (list: StringList): string[] => list.slice(0, list.length);

describe("StringList", () => {
  it("round-trips any list of strings through JSON, packed and pushed to (fast-check, seed 604)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 300 }), { maxLength: 40 }), fc.array(fc.string({ maxLength: 5 }), { maxLength: 5 }), (list, more) => {
        const packed = StringList.unpack(JSON.parse(JSON.stringify(StringList.of(list).pack())));
        expect(all(packed)).toEqual(list);
        for (const s of more) packed.push(s);
        const both = [...list, ...more];
        expect(all(StringList.unpack(JSON.parse(JSON.stringify(packed.pack()))))).toEqual(both);
        both.forEach((s, i) => {
          expect(packed.matches(i, s)).toBe(true);
          expect(packed.matches(i, `${s}!`)).toBe(false);
          expect(packed.matchesPrefix(i, `${s}#1`, s.length)).toBe(true);
          expect(packed.matchesPrefix(i, `${s}#1`, s.length + 1)).toBe(false);
          expect(packed.hash(i)).toBe(StringList.of([s]).hash(0));
        });
      }),
      { seed: 604, numRuns: 300 },
    );
    expect(StringList.of(["a", "bc"]).pack()).toEqual({ text: "abc", lengths: "u8:AQI=" });
    expect(StringList.of(["x".repeat(300)]).pack().lengths).toBe("v:sAk=");
  });

  it("keeps thousands of pushed strings in chunks, after unpacked ones, and reads each back", () => {
    const base = Array.from({ length: 300 }, (_, i) => `base-${i}`);
    const pushed = Array.from({ length: 2500 }, (_, i) => (i % 7 === 0 ? "" : `c${i}-${"x".repeat(i % 5)}`));
    const list = StringList.unpack(StringList.of(base).pack());
    for (const s of pushed) list.push(s);
    const both = [...base, ...pushed];
    expect(list.length).toBe(both.length);
    expect(all(list)).toEqual(both);
    both.forEach((s, i) => {
      if (!list.matches(i, s) || list.matches(i, `${s}?`) || !list.matchesPrefix(i, `${s}#2`, s.length) || list.hash(i) !== StringList.of([s]).hash(0)) {
        expect.fail(`entry ${i} (${JSON.stringify(s)}) reads back wrong`);
      }
    });
    expect(all(StringList.unpack(JSON.parse(JSON.stringify(list.pack()))))).toEqual(both);
    expect(list.findInvalid((text, start, end) => text.slice(start, end) !== "c2047-xx")).toBe(300 + 2047);
    expect(list.findInvalid((text, start, end) => text.slice(start, end) !== "c2402-xx")).toBe(300 + 2402);
  });

  it("finds the first string a test refuses, packed or pushed", () => {
    const list = StringList.unpack(StringList.of(["1", "2.5", "x"]).pack());
    const digits = (text: string, start: number, end: number): boolean => /^[\d.]+$/.test(text.slice(start, end));
    expect(list.findInvalid(digits)).toBe(2);
    expect(StringList.of(["1", "y"]).findInvalid(digits)).toBe(1);
    expect(StringList.of(["1"]).findInvalid(digits)).toBe(-1);
    expect(list.matches(0, "2")).toBe(false);
  });

  it("refuses what does not add up", () => {
    expect(() => StringList.unpack(null)).toThrow(/not an object/);
    expect(() => StringList.unpack({ lengths: "u8:" })).toThrow(/no text/);
    expect(() => StringList.unpack({ text: "abc", lengths: "u8:AQ==" })).toThrow(/use 1 of 3/);
    expect(() => StringList.unpack({ text: "abc", lengths: "i32://///w==" })).toThrow(/lengths holds -1/);
    expect(() => StringList.unpack({ text: "abc", lengths: 5 })).toThrow(/not a string/);
  });
});
