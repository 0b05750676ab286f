/**
 * Prints the worst relative error of each `patronage/math` special function over its reference
 * fixtures (mpmath at 50–60 digits, written by the scripts in tests/math/fixtures/):
 *
 *     npx tsx bench/accuracy.ts
 *
 * Subnormal references (below 2.2e-308) are held to two subnormal steps instead, the best a double
 * can do; they are counted apart. The tests in tests/math/ assert the bounds; this shows the margin.
 */
import { readFileSync } from "node:fs";
import {
  chiSquareCdf,
  chiSquareSurvival,
  digamma,
  erf,
  erfc,
  hyp2f1,
  logBeta,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
  studentTCdf,
  studentTQuantile,
} from "patronage/math";
import type { IncompleteFixtures } from "../tests/math/fixtures/incomplete.js";
import type { SpecialFixtures } from "../tests/math/fixtures/special.js";

const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../tests/math/fixtures/${name}`, import.meta.url), "utf8")) as T;
const special = load<SpecialFixtures>("special.json");
const incomplete = load<IncompleteFixtures>("incomplete.json");
const hypergeometric = load<{ cases: { group: string; a: number; b: number; c: number; z: number; value: number | null }[] }>(
  "hyp2f1.json",
);

interface Tally {
  worst: number;
  where: string;
  count: number;
  subnormal: number;
  refused: number;
}
const table = new Map<string, Tally>();

function record(name: string, where: string, compute: () => number, expected: number): void {
  const tally = table.get(name) ?? { worst: 0, where: "", count: 0, subnormal: 0, refused: 0 };
  table.set(name, tally);
  let actual: number;
  try {
    actual = compute();
  } catch {
    tally.refused += 1;
    return;
  }
  tally.count += 1;
  if (expected !== 0 && Math.abs(expected) < 2.2250738585072014e-308) {
    tally.subnormal += 1;
    if (Math.abs(actual - expected) > 2 * Number.MIN_VALUE) {
      tally.worst = Infinity;
      tally.where = `${where} (subnormal off by more than 2 steps)`;
    }
    return;
  }
  const error = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  if (error > tally.worst) {
    tally.worst = error;
    tally.where = where;
  }
}

for (const [x, v] of special.logGamma) record("logGamma", `x=${x}`, () => logGamma(x), Number(v));
for (const [a, b, v] of special.logBeta) {
  // ln B within 0.01 of 0 has no meaningful relative error; the tests bound it absolutely.
  if (Math.abs(Number(v)) >= 0.01) record("logBeta", `a=${a}, b=${b}`, () => logBeta(a, b), Number(v));
}
for (const [x, v] of special.digamma) if (x > 0) record("digamma (x > 0)", `x=${x}`, () => digamma(x), Number(v));
for (const [x, v] of special.erf) record("erf", `x=${x}`, () => erf(x), Number(v));
for (const [x, v] of special.erfc) record("erfc", `x=${x}`, () => erfc(x), Number(v));
for (const [x, v] of special.normalCdf) record("normalCdf", `x=${x}`, () => normalCdf(x), Number(v));
for (const [p, v] of special.normalQuantile) record("normalQuantile", `p=${p}`, () => normalQuantile(p), Number(v));
for (const c of hypergeometric.cases) {
  if (c.value === null) continue;
  const name = c.group === "general" ? "hyp2f1 (general a, b, c)" : "hyp2f1 (model region and special cases)";
  record(name, `${c.group} (${c.a}, ${c.b}, ${c.c}, ${c.z})`, () => hyp2f1(c.a, c.b, c.c, c.z), c.value);
}
for (const [x, a, b, lower] of incomplete.regularizedBeta) {
  record("regularizedBeta", `x=${x}, a=${a}, b=${b}`, () => regularizedBeta(x, a, b), Number(lower));
}
for (const [a, x, p, q] of incomplete.regularizedGamma) {
  record("regularizedGammaP", `a=${a}, x=${x}`, () => regularizedGammaP(a, x), Number(p));
  record("regularizedGammaQ", `a=${a}, x=${x}`, () => regularizedGammaQ(a, x), Number(q));
}
for (const [t, df, v] of incomplete.studentTCdf) record("studentTCdf", `t=${t}, df=${df}`, () => studentTCdf(t, df), Number(v));
for (const [p, df, v] of incomplete.studentTQuantile) {
  record("studentTQuantile", `p=${p}, df=${df}`, () => studentTQuantile(p, df), Number(v));
}
for (const [x, df, lower, upper] of incomplete.chiSquare) {
  record("chiSquareCdf", `x=${x}, df=${df}`, () => chiSquareCdf(x, df), Number(lower));
  record("chiSquareSurvival", `x=${x}, df=${df}`, () => chiSquareSurvival(x, df), Number(upper));
}

console.log("| function | points | worst relative error | where |");
console.log("|---|---|---|---|");
for (const [name, t] of table) {
  const points = `${t.count}${t.subnormal ? ` (${t.subnormal} subnormal)` : ""}${t.refused ? `, ${t.refused} refused` : ""}`;
  console.log(`| ${name} | ${points} | ${t.worst === 0 ? "0 (exact)" : t.worst.toExponential(1)} | ${t.where} |`);
}
