import { bench, describe } from "vitest";
import {
  chiSquareSurvival,
  createRng,
  digamma,
  erfc,
  hessian,
  hyp2f1,
  logBeta,
  logGamma,
  minimize,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  studentTCdf,
  studentTQuantile,
} from "../src/math/index.js";

// Each task evaluates a kernel on N fixed, representative arguments, so the figure in
// bench/README.md divided by N is the cost of one call.
const N = 10_000;
const rng = createRng(20261122);
const positive = Float64Array.from({ length: N }, () => 0.1 + 99.9 * rng.uniform());
const small = Float64Array.from({ length: N }, () => 0.05 + 9.95 * rng.uniform());
const unit = Float64Array.from({ length: N }, () => 1e-6 + (1 - 2e-6) * rng.uniform());
const z = Float64Array.from({ length: N }, () => -10 + 20 * rng.uniform());
// BG/NBD-like hypergeometric arguments: 2F1(r + x, b + x; a + b + x − 1; t / (α + T + t)).
const hx = Float64Array.from({ length: N }, () => Math.floor(20 * rng.uniform()));
const hz = Float64Array.from({ length: N }, () => 0.99 * rng.uniform());

let sink = 0;

describe("special functions (10,000 calls per task)", () => {
  bench("logGamma", () => {
    for (let i = 0; i < N; i++) sink += logGamma(positive[i] as number);
  });
  bench("logBeta", () => {
    for (let i = 0; i < N; i++) sink += logBeta(positive[i] as number, small[i] as number);
  });
  bench("digamma", () => {
    for (let i = 0; i < N; i++) sink += digamma(positive[i] as number);
  });
  bench("erfc", () => {
    for (let i = 0; i < N; i++) sink += erfc(z[i] as number);
  });
  bench("normalCdf", () => {
    for (let i = 0; i < N; i++) sink += normalCdf(z[i] as number);
  });
  bench("normalQuantile", () => {
    for (let i = 0; i < N; i++) sink += normalQuantile(unit[i] as number);
  });
  bench("hyp2f1 (BG/NBD region)", () => {
    for (let i = 0; i < N; i++) {
      const x = hx[i] as number;
      sink += hyp2f1(0.243 + x, 2.426 + x, 0.793 + 2.426 + x - 1, hz[i] as number);
    }
  });
  bench("regularizedBeta", () => {
    for (let i = 0; i < N; i++) sink += regularizedBeta(unit[i] as number, small[i] as number, positive[i] as number);
  });
  bench("regularizedGammaP", () => {
    for (let i = 0; i < N; i++) sink += regularizedGammaP(small[i] as number, positive[i] as number / 10);
  });
  bench("studentTCdf", () => {
    for (let i = 0; i < N; i++) sink += studentTCdf(z[i] as number, small[i] as number);
  });
  bench("studentTQuantile", () => {
    for (let i = 0; i < N; i++) sink += studentTQuantile(unit[i] as number, small[i] as number);
  });
  bench("chiSquareSurvival", () => {
    for (let i = 0; i < N; i++) sink += chiSquareSurvival(positive[i] as number, small[i] as number);
  });
});

describe("random numbers (10,000 draws per task)", () => {
  const draws = createRng(7);
  bench("uniform", () => {
    for (let i = 0; i < N; i++) sink += draws.uniform();
  });
  bench("normal", () => {
    for (let i = 0; i < N; i++) sink += draws.normal();
  });
  bench("gamma(2.5)", () => {
    for (let i = 0; i < N; i++) sink += draws.gamma(2.5);
  });
  const filled = new Float64Array(N);
  bench("fill(Float64Array of 10,000)", () => {
    sink += draws.fill(filled)[0] as number;
  });
  bench("poisson(40)", () => {
    for (let i = 0; i < N; i++) sink += draws.poisson(40);
  });
});

// The negative log-likelihood of a gamma sample in log-parameters, as model fits use minimize.
const sampleRng = createRng(3);
const sample = Float64Array.from({ length: 1000 }, () => sampleRng.gamma(2, 3));
let sumX = 0;
let sumLogX = 0;
for (const x of sample) {
  sumX += x;
  sumLogX += Math.log(x);
}
function gammaNegativeLogLikelihood(theta: Float64Array): number {
  const shape = Math.exp(theta[0] as number);
  const scale = Math.exp(theta[1] as number);
  const n = sample.length;
  return -((shape - 1) * sumLogX - sumX / scale - n * shape * Math.log(scale) - n * logGamma(shape));
}

describe("optimisation", () => {
  bench("minimize: gamma MLE, 2 parameters, numeric gradient", () => {
    sink += minimize(gammaNegativeLogLikelihood, [0, 0]).value;
  });
  bench("minimize: Rosenbrock 10-D, numeric gradient", () => {
    sink += minimize((x) => {
      let f = 0;
      for (let i = 0; i + 1 < x.length; i++) {
        const a = x[i] as number;
        const b = x[i + 1] as number;
        f += 100 * (b - a * a) ** 2 + (1 - a) ** 2;
      }
      return f;
    }, new Float64Array(10).fill(-1.2)).value;
  });
  bench("hessian: gamma likelihood, 2 parameters", () => {
    const h = hessian(gammaNegativeLogLikelihood, [Math.log(2), Math.log(3)]);
    sink += Number(h.length);
  });
});

export { sink };
