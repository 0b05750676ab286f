import { describe, expect, it } from "vitest";
import { timeUnitDays } from "../../src/value/timeUnitDays.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

describe("timeUnitDays", () => {
  it("refuses anything else, naming the option", () => {
    for (const unit of ["year", 0, -7, NaN, Infinity, null]) {
      catchPatronageError(() => timeUnitDays(unit as never), { code: "INVALID_ARGUMENT", field: "timeUnit" });
    }
    catchPatronageError(() => timeUnitDays("hour" as never, "horizonUnit"), { code: "INVALID_ARGUMENT", field: "horizonUnit" });
  });

  describe("examples", () => {
    it("matches its TSDoc example", () => {
      expect(timeUnitDays("week")).toBe(7);
      expect(timeUnitDays("month")).toBe(30.4375);
      expect(timeUnitDays(30)).toBe(30);
      expect(timeUnitDays("day")).toBe(1);
    });
  });
});
