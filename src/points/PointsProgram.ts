import type { EarnCap } from "./EarnCap.js";
import type { EarnRule } from "./EarnRule.js";
import type { ExpiryPolicy } from "./ExpiryPolicy.js";
import type { LockPolicy } from "./LockPolicy.js";
import type { NegativeBalancePolicy } from "./NegativeBalancePolicy.js";

export type { EarnRule } from "./EarnRule.js";
export type { ExpiryPolicy } from "./ExpiryPolicy.js";
export type { PointsProgramInput } from "./PointsProgramInput.js";

/**
 * A parsed points programme: the output of {@link pointsProgramSchema}, with every default filled
 * in (given in brackets below). Plain JSON — decimals are strings, instants ISO-8601 strings,
 * points safe integers in the programme's smallest unit (10^−`scale` of a point): store it beside
 * the events it produced.
 */
export interface PointsProgram {
  /** The programme's id (a non-empty string of at most 200 characters); snapshots name it. */
  readonly id: string;
  /** The IANA time zone (`"Asia/Shanghai"`, `"UTC"`) in which days, weeks, months, years, weekdays and hours are read. */
  readonly timeZone: string;
  /** Decimal places of a point, an integer in [0, 6]: balances are integers in units of 10^−scale points [0]. */
  readonly scale: number;
  /** The ISO 4217 code (three capital letters, `"CNY"`) of the currency orders are paid in. */
  readonly currency: string;
  /** The earning rules, evaluated in this order; their ids are unique [none]. */
  readonly earnRules: readonly EarnRule[];
  /** Caps over the points of every earning rule together, applied after each rule's own caps [none]. */
  readonly caps: readonly EarnCap[];
  /** How earned points expire, lot by lot or for inactivity [`{ type: "never" }`]. */
  readonly expiry: ExpiryPolicy;
  /** How long points earned on orders stay pending [`{ days: 0, roundTo: "none" }`: no lock]. */
  readonly lock: LockPolicy;
  /**
   * Which lots a debit consumes first, as a list of keys applied in turn (at least one):
   * `"soonestExpiry"` (never-expiring lots last), `"promotionalFirst"` (lots of category
   * `"promotional"` first), `"oldestFirst"`, `"newestFirst"` (by the instant earned); remaining
   * ties go to the lot created first [`["soonestExpiry", "promotionalFirst", "oldestFirst"]`].
   */
  readonly consumptionOrder: readonly ("soonestExpiry" | "promotionalFirst" | "oldestFirst" | "newestFirst")[];
  /** What a debit larger than the member's spendable points does [`{ mode: "reject" }`]. */
  readonly negativeBalance: NegativeBalancePolicy;
  /**
   * What a refund (`reverseEarn`) takes back once the order's points are no longer all pending:
   * `"only-pending"`, only the order's still-pending points; `"within-balance"`, also available
   * points of the order's lots and then of the member's other lots, as far as they go;
   * `"allow-debt"`, like `"within-balance"`, and the member owes what is still missing
   * ["within-balance"].
   */
  readonly returnPolicy: "only-pending" | "within-balance" | "allow-debt";
  /**
   * What a reversed redemption does with points whose lot expired meanwhile (unless the command
   * says otherwise): `"reissue"`, a new lot of the same category, expiring under {@link expiry} as
   * if earned at the reversal; `"forfeit"`, they are expired at once ["reissue"].
   */
  readonly redemptionReversal: "reissue" | "forfeit";
  /** How long a hold lasts unless the `hold` command gives `expiresAt`, in minutes: an integer in [1, 527 040] (a leap year) [30]. */
  readonly holdTimeoutMinutes: number;
}
