import { bench, describe } from "vitest";
import { calibrationHoldout } from "../src/value/calibrationHoldout.js";
import { summarizeTransactions } from "../src/value/summarizeTransactions.js";
import type { Transaction } from "../src/value/Transaction.js";
import { HAS_REFDATA, readRefdata } from "../tests/_support/refdata.js";

// One million transactions of 100,000 customers over 2023–2024, generated deterministically
// (a 32-bit LCG, no Math.random): customer ids "c0" … "c99999", instants to the second, amounts in
// cents as numbers (19.99); a second copy carries the same instants as ISO strings ("…Z").
const N = 1_000_000;
const CUSTOMERS = 100_000;
const START = Date.UTC(2023, 0, 1);
const SPAN_SECONDS = 2 * 365 * 86_400;
let seed = 20261122;
function next(): number {
  seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
  return seed / 4_294_967_296;
}
const ids = Array.from({ length: CUSTOMERS }, (_, i) => `c${i}`);
const withDates: Transaction[] = new Array(N);
const withStrings: Transaction[] = new Array(N);
for (let i = 0; i < N; i++) {
  const customerId = ids[Math.floor(next() * CUSTOMERS)] as string;
  const at = new Date(START + Math.floor(next() * SPAN_SECONDS) * 1000);
  const amount = Math.round(100 + next() * 19_900) / 100;
  withDates[i] = { customerId, at, amount };
  withStrings[i] = { customerId, at: at.toISOString(), amount };
}
const options = { observationEnd: "2024-12-31", timeUnit: "week" } as const;

describe("summarizeTransactions, 1,000,000 transactions of 100,000 customers", () => {
  bench("Date instants, number amounts", () => {
    summarizeTransactions(withDates, options);
  }, { iterations: 10, warmupIterations: 2 });
  bench("ISO string instants, number amounts", () => {
    summarizeTransactions(withStrings, options);
  }, { iterations: 10, warmupIterations: 2 });
  bench("Date instants, time zone Europe/Paris", () => {
    summarizeTransactions(withDates, { ...options, timeZone: "Europe/Paris" });
  }, { iterations: 10, warmupIterations: 2 });
  bench("calibrationHoldout, Date instants", () => {
    calibrationHoldout(withDates, { ...options, calibrationEnd: "2024-06-30" });
  }, { iterations: 10, warmupIterations: 2 });
});

// CDNOW_master.txt (69,659 rows: customer_id, yyyymmdd, CDs, dollars), read through the same
// PATRONAGE_REFDATA rule as the reference tests; skipped when the data is absent.
const master: Transaction[] = HAS_REFDATA
  ? readRefdata("CDNOW_master.txt")
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => {
        const [id, date, , dollars] = line.trim().split(/\s+/) as [string, string, string, string];
        return { customerId: id, at: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`, amount: dollars };
      })
  : [];

describe.skipIf(!HAS_REFDATA)("summarizeTransactions, CDNOW_master.txt (69,659 rows)", () => {
  bench("observationEnd 1997-09-30, weeks, 2 decimals", () => {
    summarizeTransactions(master, { observationEnd: "1997-09-30", timeUnit: "week", decimals: 2 });
  });
});
