// What the built-library benches share: `patronage/points` as built by tsup (dist/), the scale of
// their log, and a median timer.
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type * as Points from "../src/points/index.js";

const built = new URL("../dist/points/index.js", import.meta.url);
if (!existsSync(built)) throw new Error("build first: npx tsup");

/** The built `patronage/points`. */
export const { PointsLedger } = (await import(pathToFileURL(built.pathname).href)) as typeof Points;

/** The scale of the log: POINTS_BENCH_COMMANDS commands (100,000) of POINTS_BENCH_MEMBERS members (10,000). */
export const COMMANDS = Number(process.env["POINTS_BENCH_COMMANDS"] ?? 100_000);
export const MEMBERS = Number(process.env["POINTS_BENCH_MEMBERS"] ?? 10_000);

/** The median of 5 timed runs (ms), after one warm-up. */
export function median(run: () => void): number {
  run();
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2] as number;
}
