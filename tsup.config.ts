import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "math/index": "src/math/index.ts",
    "value/index": "src/value/index.ts",
    "models/index": "src/models/index.ts",
    "satisfaction/index": "src/satisfaction/index.ts",
    "loyalty/index": "src/loyalty/index.ts",
    "points/index": "src/points/index.ts",
    "tiers/index": "src/tiers/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  // Shared chunks keep one copy of each class across subpaths in both formats.
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "node20",
  tsconfig: "tsconfig.src.json",
});
