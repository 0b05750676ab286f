/**
 * The four cells of Dick & Basu's (1994) loyalty grid (relative attitude × repeat patronage):
 * `"true"` (high, high), `"latent"` (high attitude, low patronage), `"spurious"` (low attitude, high
 * patronage), `"none"` (low, low).
 */
export type DickBasuLoyalty = "true" | "latent" | "spurious" | "none";
