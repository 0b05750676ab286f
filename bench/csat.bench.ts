import { bench, describe } from "vitest";
import { createRng } from "../src/math/index.js";
import { ces } from "../src/satisfaction/ces.js";
import { csat } from "../src/satisfaction/csat.js";
import { wilsonInterval } from "../src/satisfaction/wilsonInterval.js";

// 10,000,000 answers on a 1–5 scale (and 1–7 for CES 2.0), skewed towards the top like real CSAT
// data. Budget: csat over the Uint8Array in ≤ 50 ms (median).
const N = 10_000_000;
const rng = createRng(20261122);
const weights5 = [0.05, 0.07, 0.13, 0.35, 0.4];
const five = new Uint8Array(N);
const seven = new Uint8Array(N);
for (let i = 0; i < N; i++) {
  let u = rng.uniform();
  let k = 0;
  while (k < 4 && u >= weights5[k]!) u -= weights5[k++]!;
  five[i] = k + 1;
  seven[i] = 1 + Math.floor(rng.uniform() * 7);
}
const asArray = Array.from(five.subarray(0, 1_000_000));

let sink = 0;

describe("csat", () => {
  bench("csat, 10,000,000 answers in a Uint8Array", () => {
    sink += csat(five).score;
  });
  bench("csat, 1,000,000 answers in a plain array", () => {
    sink += csat(asArray).score;
  });
  bench("csat, counts", () => {
    sink += csat({ counts: [5, 7, 13, 35, 40] }).score;
  });
});

describe("ces", () => {
  bench("ces 2.0, 10,000,000 answers in a Uint8Array", () => {
    sink += ces(seven, { version: "2.0" }).score;
  });
});

describe("wilsonInterval", () => {
  bench("wilsonInterval, one call", () => {
    sink += wilsonInterval(812, 1000).lower;
  });
});

export { sink };
