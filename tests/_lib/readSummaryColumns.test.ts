import { describe, expect, it } from "vitest";
import { readSummaryColumns } from "../../src/_lib/readSummaryColumns.js";
import { catchPatronageError } from "../_support/catchPatronageError.js";

const bad = (data: unknown, field: string, message?: RegExp) =>
  catchPatronageError(() => readSummaryColumns(data as never, "data"), { code: "INVALID_ARGUMENT", field, ...(message ? { message } : {}) });

describe("readSummaryColumns", () => {
  it("reads rows and columns alike", () => {
    const rows = readSummaryColumns(
      [
        { frequency: 2, recency: 30.43, T: 38.86 },
        { frequency: 0, recency: 0, T: 0, weight: 3 },
      ],
      "data",
    );
    expect(Array.from(rows.frequency)).toEqual([2, 0]);
    expect(Array.from(rows.weight!)).toEqual([1, 3]);
    const columns = readSummaryColumns({ frequency: [2, 0], recency: new Float64Array([30.43, 0]), T: [38.86, 0] }, "data");
    expect(Array.from(columns.recency)).toEqual([30.43, 0]);
    expect(columns.weight).toBeNull();
    expect(columns.length).toBe(2);
    const weighted = readSummaryColumns({ frequency: [1], recency: [1], T: [2], weight: [5] }, "data");
    expect(Array.from(weighted.weight!)).toEqual([5]);
  });

  it("names the customer and the field of a bad row", () => {
    bad(null, "data");
    bad([null], "data[0]");
    bad([{ frequency: 1.5, recency: 0, T: 1 }], "data[0].frequency");
    bad([{ frequency: -1, recency: 0, T: 1 }], "data[0].frequency");
    bad([{ frequency: "2", recency: 0, T: 1 }], "data[0].frequency", /received "2"/);
    bad([{ frequency: 1, recency: 0, T: Infinity }], "data[0].T");
    bad([{ frequency: 1, recency: 2, T: 1 }], "data[0].recency", /\[0, T\] \(T = 1\)/);
    bad([{ frequency: 1, recency: NaN, T: 1 }], "data[0].recency");
    bad([{ frequency: 0, recency: 0.5, T: 1 }], "data[0].recency", /0 when frequency is 0/);
    bad([{ frequency: 0, recency: 0, T: 1 }, { frequency: 0, recency: 0, T: 1, weight: -1 }], "data[1].weight");
    bad({ frequency: [1], recency: [0, 1], T: [1] }, "data.recency");
    bad({ frequency: [1], recency: [0], T: [1], weight: [] }, "data.weight");
    bad({ frequency: [1], recency: [0], T: "1" }, "data.T");
    bad({ frequency: [1], recency: [0], T: [1], weight: [NaN] }, "data.weight[0]");
    bad({ frequency: [0, 3], recency: [0, 4], T: [1, 3] }, "data.recency[1]");
    // Columns are not coerced: "2", true, null are refused like they are in rows.
    bad({ frequency: ["2"], recency: [0], T: [1] }, "data.frequency[0]", /received "2"/);
    bad({ frequency: [1], recency: [true], T: [1] }, "data.recency[0]");
    bad({ frequency: [1], recency: [0], T: [null] }, "data.T[0]");
  });
});
