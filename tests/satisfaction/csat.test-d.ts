import { describe, expectTypeOf, it } from "vitest";
import { ces, type CesResult } from "../../src/satisfaction/ces.js";
import { csat, type CsatResult } from "../../src/satisfaction/csat.js";
import type { Interval } from "../../src/satisfaction/Interval.js";
import { wilsonInterval } from "../../src/satisfaction/wilsonInterval.js";

describe("satisfaction score types", () => {
  it("wilsonInterval returns an Interval and takes sides 1 or 2 only", () => {
    expectTypeOf(wilsonInterval(1, 2)).toEqualTypeOf<Interval>();
    // @ts-expect-error sides is 1 or 2
    wilsonInterval(1, 2, { sides: 3 });
  });

  it("csat takes answers or counts; its mean interval may be null", () => {
    expectTypeOf(csat(Uint8Array.of(5))).toEqualTypeOf<CsatResult>();
    expectTypeOf(csat({ counts: [1, 2, 3, 4, 5] }).mean.interval).toEqualTypeOf<Interval | null>();
    expectTypeOf(csat([5]).interval).toEqualTypeOf<Interval>();
    // @ts-expect-error not an option
    csat([5], { scael: 7 });
  });

  it("ces needs its version, and says its direction", () => {
    expectTypeOf(ces([5], { version: "2.0" })).toEqualTypeOf<CesResult>();
    expectTypeOf(ces([5], { version: "2.0" }).direction).toEqualTypeOf<"higher-is-better" | "lower-is-better">();
    // @ts-expect-error the version is required
    ces([5]);
    // @ts-expect-error no such version
    ces([5], { version: "3.0" });
  });
});
