import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compressColumns } from "../../src/_lib/compressColumns.js";

describe("compressColumns", () => {
  it("merges identical rows in order of first appearance and sums weights", () => {
    const a = Float64Array.from([1, 2, 1, 3, 2]);
    const b = Float64Array.from([5, 5, 5, 5, 6]);
    const out = compressColumns([a, b], Float64Array.from([1, 2, 3, 4, 5]));
    expect(out.size).toBe(4);
    expect(Array.from(out.columns[0]!)).toEqual([1, 2, 3, 2]);
    expect(Array.from(out.columns[1]!)).toEqual([5, 5, 5, 6]);
    expect(Array.from(out.weight)).toEqual([4, 2, 4, 5]);
    expect(Array.from(out.patternOf)).toEqual([0, 1, 0, 2, 3]);
  });

  it("counts rows when no weights are given and treats -0 as 0", () => {
    const out = compressColumns([Float64Array.from([0, -0, 0])], null);
    expect(out.size).toBe(1);
    expect(Object.is(out.columns[0]![0], 0)).toBe(true);
    expect(Array.from(out.weight)).toEqual([3]);
  });

  it("handles no rows", () => {
    const out = compressColumns([new Float64Array(0), new Float64Array(0)], null);
    expect(out.size).toBe(0);
    expect(out.weight.length).toBe(0);
  });

  it("maps every row to a pattern equal to it, and conserves the total weight", () => {
    const value = fc.integer({ min: 0, max: 4 }).map((v) => v / 2);
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value, value, fc.integer({ min: 0, max: 9 })), { maxLength: 200 }), (rows) => {
        const columns = [0, 1, 2].map((c) => Float64Array.from(rows, (row) => row[c]!));
        const weight = Float64Array.from(rows, (row) => row[3]);
        const out = compressColumns(columns, weight);
        rows.forEach((row, i) => {
          const p = out.patternOf[i]!;
          for (let c = 0; c < 3; c++) expect(out.columns[c]![p]).toBe(row[c]);
        });
        const distinct = new Set(rows.map((row) => row.slice(0, 3).join(",")));
        expect(out.size).toBe(distinct.size);
        expect(out.weight.reduce((s, w) => s + w, 0)).toBe(rows.reduce((s, row) => s + row[3], 0));
      }),
    );
  });
});
