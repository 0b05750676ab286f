/**
 * A tour of patronage on built-in data: `npm run demo`.
 *
 * Each module adds its section. Imports use the package's own subpaths, exactly as an application
 * would (this repository maps them to `src/` in tsconfig.json, so no build is needed).
 */
import { isPatronageError } from "patronage";
import {
  chiSquareSurvival,
  createRng,
  hessian,
  hyp2f1,
  logGamma,
  minimize,
  normalCdf,
  normalQuantile,
  studentTQuantile,
} from "patronage/math";

const line = (label: string, value: string): void => console.log(`  ${label.padEnd(52)} ${value}`);
const section = (title: string): void => console.log(`\n== ${title} ${"=".repeat(Math.max(0, 72 - title.length))}`);
const fixed = (x: number, digits = 4): string => x.toFixed(digits);

console.log("patronage — the arithmetic of customer value and loyalty programmes");

// ---------------------------------------------------------------------------------------------
section("patronage/math · special functions and their far tails");

line("logGamma(0.5) = ln √π", `${logGamma(0.5)}`);
line("normalCdf(-38): a lower tail of 2.9e-316", `${normalCdf(-38)}`);
line("normalQuantile(1e-300)", `${normalQuantile(1e-300)}`);
line("normalQuantile(0.975)", `${normalQuantile(0.975)}`);

// BG/NBD, Fader, Hardie & Lee (2005) eq. 7, with their published CDNOW estimates: the expected
// number of repeat purchases of a new customer in t weeks needs the Gauss hypergeometric 2F1.
const [r, alpha, a, b] = [0.243, 4.414, 0.793, 2.426];
const expectedPurchases = (t: number): number =>
  ((a + b - 1) / (a - 1)) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)));
line("BG/NBD (CDNOW): repeat purchases expected in 39 weeks", fixed(expectedPurchases(39)));
line("BG/NBD (CDNOW): repeat purchases expected in 78 weeks", fixed(expectedPurchases(78)));

// ---------------------------------------------------------------------------------------------
section("patronage/math · a seeded sample and a maximum-likelihood fit");

// 2,000 days-between-purchases drawn from Gamma(shape 2, scale 3 days): the same on every machine.
const rng = createRng(2026);
const gaps = Float64Array.from({ length: 2000 }, () => rng.gamma(2, 3));
let sum = 0;
let sumLog = 0;
for (const gap of gaps) {
  sum += gap;
  sumLog += Math.log(gap);
}
const n = gaps.length;
const negativeLogLikelihood = (theta: Float64Array): number => {
  const shape = Math.exp(theta[0] as number);
  const scale = Math.exp(theta[1] as number);
  return -((shape - 1) * sumLog - sum / scale - n * shape * Math.log(scale) - n * logGamma(shape));
};
const fit = minimize(negativeLogLikelihood, [0, 0]);
const information = hessian(negativeLogLikelihood, fit.x);
// Standard errors of the log-parameters from the inverse of the 2×2 observed information.
const [h00, h01] = information[0] as Float64Array;
const h11 = (information[1] as Float64Array)[1] as number;
const determinant = (h00 as number) * h11 - (h01 as number) ** 2;
const se = [Math.sqrt(h11 / determinant), Math.sqrt((h00 as number) / determinant)];
const z = normalQuantile(0.975);
for (const [i, name, truth] of [[0, "shape", 2], [1, "scale (days)", 3]] as const) {
  const estimate = fit.x[i] as number;
  const low = Math.exp(estimate - z * (se[i] as number));
  const high = Math.exp(estimate + z * (se[i] as number));
  line(`${name}: estimate [95% interval]   (true ${truth})`, `${fixed(Math.exp(estimate), 3)}  [${fixed(low, 3)}, ${fixed(high, 3)}]`);
}
line("BFGS", `${fit.reason} after ${fit.iterations} iterations, ${fit.evaluations} evaluations`);

// A t interval for the mean gap, and a χ² test that purchases spread evenly over the week.
const mean = sum / n;
let squares = 0;
for (const gap of gaps) squares += (gap - mean) ** 2;
const halfWidth = (studentTQuantile(0.975, n - 1) * Math.sqrt(squares / (n - 1))) / Math.sqrt(n);
line("mean gap in days, 95% t interval (true 6)", `${fixed(mean, 3)} ± ${fixed(halfWidth, 3)}`);
const weekdays = new Array<number>(7).fill(0);
for (let i = 0; i < 700; i++) weekdays[rng.integer(0, 6)]! += 1;
const chiSquare = weekdays.reduce((total, count) => total + (count - 100) ** 2 / 100, 0);
line(`weekday counts ${weekdays.join(" ")}: χ² = ${fixed(chiSquare, 2)}, p`, fixed(chiSquareSurvival(chiSquare, 6)));

// ---------------------------------------------------------------------------------------------
section("errors · one class, a stable code, the field and the value");

try {
  normalQuantile(1.5);
} catch (error) {
  if (isPatronageError(error, "INVALID_ARGUMENT")) line(`${error.code} (field "${error.field}")`, error.message);
}
