import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The folder of the public reference datasets: `PATRONAGE_REFDATA` when set, otherwise
 * `../shared/refdata` beside the project. The data is never copied into this repository.
 */
export const REFDATA_DIR = process.env["PATRONAGE_REFDATA"] ?? join(root, "../shared/refdata");

/**
 * Whether the reference tests run: when the folder is present. Outside CI an absent folder skips
 * them with a message; in CI (`CI=true`) an absent folder is a failure, raised here at import.
 */
export const HAS_REFDATA = existsSync(REFDATA_DIR);

if (!HAS_REFDATA) {
  const message = `reference data not found at ${REFDATA_DIR} (set PATRONAGE_REFDATA)`;
  if (process.env["CI"] === "true") throw new Error(`${message}: the reference tests cannot run in CI without it`);
  console.warn(`${message}: skipping the reference tests`);
}

/** The text of a reference file, e.g. `readRefdata("CDNOW_sample.txt")`. */
export function readRefdata(file: string): string {
  return readFileSync(join(REFDATA_DIR, file), "utf8");
}

/** A reference CSV with a header line as rows of strings keyed by column name. */
export function readRefdataCsv(file: string): Record<string, string>[] {
  const lines = readRefdata(file).trim().split(/\r?\n/);
  const header = lines[0]!.split(",").map((name) => name.replace(/^"|"$/g, ""));
  return lines.slice(1).map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? "").replace(/^"|"$/g, "")]));
  });
}

/** The 2,357-customer CDNOW calibration summary (`cdnow_customers_summary.csv`, time in weeks). */
export function readCdnowSummary(): { frequency: number; recency: number; T: number }[] {
  return readRefdataCsv("cdnow_customers_summary.csv").map((row) => ({
    frequency: Number(row["frequency"]),
    recency: Number(row["recency"]),
    T: Number(row["T"]),
  }));
}
