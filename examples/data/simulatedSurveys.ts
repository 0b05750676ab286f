/**
 * Built-in survey answers for the demo: two quarters of 0–10 "would you recommend us?" answers
 * drawn with a seeded generator, so every run shows the same figures.
 */
import { createRng } from "patronage/math";

/** Draws `n` answers on 0–10 with the given chances of a promoter (9–10) and a detractor (0–6). */
export function simulatedNpsAnswers(seed: string, n: number, promoter: number, detractor: number): Uint8Array {
  const rng = createRng(seed);
  const answers = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng.uniform();
    answers[i] = u < promoter ? rng.integer(9, 10) : u < promoter + detractor ? rng.integer(0, 6) : rng.integer(7, 8);
  }
  return answers;
}
