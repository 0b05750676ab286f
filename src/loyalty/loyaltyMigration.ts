import { invalidArgument } from "../_lib/invalidArgument.js";
import { PatronageError } from "../PatronageError.js";
import type { LoyaltyAssignment } from "./LoyaltyAssignment.js";
import { LOYALTY_LEVELS } from "./LOYALTY_LEVELS.js";
import type { LoyaltyMigrationResult } from "./LoyaltyMigrationResult.js";
import { readLevelId } from "./readLevelId.js";

function index(list: readonly LoyaltyAssignment[], field: string): Map<string, number> {
  if (!Array.isArray(list)) throw invalidArgument(field, list, "an array of { customerId, level }");
  const ranks = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const entry: unknown = list[i];
    if (typeof entry !== "object" || entry === null) throw invalidArgument(`${field}[${i}]`, entry, "an object { customerId, level }");
    const { customerId, level } = entry as { customerId?: unknown; level?: unknown };
    if (typeof customerId !== "string") throw invalidArgument(`${field}[${i}].customerId`, customerId, "a string");
    const rank = readLevelId(level, `${field}[${i}].level`).rank;
    if (ranks.has(customerId)) {
      throw new PatronageError("DUPLICATE_ID", `${field}[${i}].customerId ${JSON.stringify(customerId)} appears twice in ${field}`, {
        field: `${field}[${i}].customerId`,
        value: customerId,
      });
    }
    ranks.set(customerId, rank);
  }
  return ranks;
}

/**
 * The migration of customers between loyalty levels from one period (`before`) to the next
 * (`after`): a 6 × 6 transition count matrix (rows = level before, columns = level after, in rank
 * order), its row shares (the empirical transition probabilities), the shares of matched customers
 * who moved up, stayed or moved down in rank, and the customers who appeared or disappeared.
 *
 * "Up" and "down" follow the source's order of the levels (none < inertia < mercenary < latent <
 * committed < fanatic), so a move from mercenary to latent counts as an upgrade.
 *
 * @param before - each customer's level in the first period, one entry per customer.
 * @param after - each customer's level in the second period, one entry per customer.
 * @returns the counts, shares and lists described above.
 * @throws {@link index!PatronageError} `DUPLICATE_ID` naming `before[i].customerId` (or `after[…]`)
 *   when a customer appears twice in one list; `INVALID_ARGUMENT` naming a malformed entry.
 *
 * @example
 * ```ts
 * import { loyaltyMigration } from "patronage/loyalty";
 *
 * const m = loyaltyMigration(
 *   [
 *     { customerId: "a", level: "inertia" },
 *     { customerId: "b", level: "latent" },
 *     { customerId: "c", level: "none" },
 *   ],
 *   [
 *     { customerId: "a", level: "committed" },
 *     { customerId: "b", level: "latent" },
 *     { customerId: "d", level: "mercenary" },
 *   ],
 * );
 * m.counts[1]; //=> [0, 0, 0, 0, 1, 0]
 * m.upgraded; //=> 0.5
 * m.stable; //=> 0.5
 * m.appeared; //=> ["d"]
 * m.disappeared; //=> ["c"]
 * ```
 */
export function loyaltyMigration(before: readonly LoyaltyAssignment[], after: readonly LoyaltyAssignment[]): LoyaltyMigrationResult {
  const from = index(before, "before");
  const to = index(after, "after");
  const counts = Array.from({ length: 6 }, () => [0, 0, 0, 0, 0, 0]);
  let matched = 0;
  let up = 0;
  let same = 0;
  const disappeared: string[] = [];
  for (const [id, a] of from) {
    const b = to.get(id);
    if (b === undefined) {
      disappeared.push(id);
      continue;
    }
    (counts[a] as number[])[b]!++;
    matched++;
    if (b > a) up++;
    else if (b === a) same++;
  }
  const appeared: string[] = [];
  for (const id of to.keys()) if (!from.has(id)) appeared.push(id);
  const rowShares = counts.map((row) => {
    const total = row.reduce((s, c) => s + c, 0);
    return total === 0 ? null : row.map((c) => c / total);
  });
  return {
    levels: LOYALTY_LEVELS.map((l) => l.id),
    counts,
    rowShares,
    matched,
    upgraded: matched === 0 ? null : up / matched,
    stable: matched === 0 ? null : same / matched,
    downgraded: matched === 0 ? null : (matched - up - same) / matched,
    appeared,
    disappeared,
  };
}
