import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { BgNbd } from "../src/models/BgNbd.js";
import { MbgNbd } from "../src/models/MbgNbd.js";
import { REFDATA_DIR } from "../tests/_support/refdata.js";

// CDNOW: the 2,357-customer calibration summary (weeks), from ../shared/refdata.
const lines = readFileSync(`${REFDATA_DIR}/cdnow_customers_summary.csv`, "utf8").trim().split(/\r?\n/).slice(1);
const rows = lines.map((line) => {
  const cells = line.split(",");
  return { frequency: Number(cells[1]), recency: Number(cells[2]), T: Number(cells[3]) };
});
const cdnow = {
  frequency: Float64Array.from(rows, (row) => row.frequency),
  recency: Float64Array.from(rows, (row) => row.recency),
  T: Float64Array.from(rows, (row) => row.T),
};

/** CDNOW tiled to `size` customers (≈ 424 copies for 1,000,000). */
function tiled(size: number) {
  const out = { frequency: new Float64Array(size), recency: new Float64Array(size), T: new Float64Array(size) };
  for (let i = 0; i < size; i++) {
    const j = i % rows.length;
    out.frequency[i] = cdnow.frequency[j]!;
    out.recency[i] = cdnow.recency[j]!;
    out.T[i] = cdnow.T[j]!;
  }
  return out;
}
const million = tiled(1_000_000);
const millionRows = Array.from({ length: 1_000_000 }, (_, i) => rows[i % rows.length]!);
const model = new BgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
let sink = 0;

describe("fit on CDNOW (2,357 customers)", () => {
  bench("BgNbd.fit", () => {
    sink += BgNbd.fit(rows).params.r;
  });
  bench("MbgNbd.fit", () => {
    sink += MbgNbd.fit(rows).params.r;
  });
});

describe("fit on 1,000,000 customers (CDNOW tiled), compression included", () => {
  bench("BgNbd.fit, columns", () => {
    sink += BgNbd.fit(million).params.r;
  }, { iterations: 5, time: 0 });
  bench("BgNbd.fit, rows", () => {
    sink += BgNbd.fit(millionRows).params.r;
  }, { iterations: 5, time: 0 });
});

describe("batch predictions for 1,000,000 customers (columns)", () => {
  bench("conditionalExpectedPurchasesBatch(39) + probabilityAliveBatch", () => {
    sink += model.conditionalExpectedPurchasesBatch(39, million)[0]! + model.probabilityAliveBatch(million)[0]!;
  }, { iterations: 20, time: 0, warmupIterations: 3, warmupTime: 0 });
  bench("conditionalExpectedPurchasesBatch(39)", () => {
    sink += model.conditionalExpectedPurchasesBatch(39, million)[0]!;
  }, { iterations: 20, time: 0, warmupIterations: 3, warmupTime: 0 });
  bench("probabilityAliveBatch", () => {
    sink += model.probabilityAliveBatch(million)[0]!;
  }, { iterations: 20, time: 0, warmupIterations: 3, warmupTime: 0 });
});

export { sink };
