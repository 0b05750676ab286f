import type { DecimalString } from "../_lib/toDecimal.js";
import type { PointsCommandResult } from "./PointsOutcome.js";
import type { PointsLot, PointsLotSource } from "./PointsLot.js";
import type { PointsAccount } from "./PointsPosting.js";

/**
 * The whole state of a {@link PointsLedger} as plain JSON, from {@link PointsLedger.snapshot}.
 * {@link PointsLedger.restore} rebuilds the ledger from it (and the events that came after). Treat
 * it as opaque: the format may change between major versions, and `format` says which it is.
 */
export interface PointsSnapshot {
  readonly format: "patronage.points.snapshot/1";
  readonly programId: string;
  /** The seq of the last event folded in (0 for an empty ledger). */
  readonly seq: number;
  /** The instant of that event (ISO-8601), or `null`. */
  readonly at: string | null;
  readonly accounts: Readonly<Partial<Record<PointsAccount, number>>>;
  readonly members: readonly {
    readonly memberId: string;
    readonly available: number;
    readonly pending: number;
    readonly held: number;
    readonly debt: number;
    readonly lastActivity: string | null;
    readonly orders: number;
    /** Lots in creation order, compact: instants in epoch milliseconds (`expiresAt` `null` for never). */
    readonly lots: readonly SnapshotLot[];
  }[];
  readonly holds: readonly {
    readonly holdId: string;
    readonly memberId: string;
    readonly points: number;
    readonly expiresAt: string;
    readonly open: number;
    readonly allocations: readonly (readonly [string, number])[];
  }[];
  readonly orders: readonly {
    readonly orderId: string;
    readonly memberId: string;
    readonly lotIds: readonly string[];
    readonly points: number;
    readonly reversed: number;
    readonly lines: readonly { readonly lineId: string; readonly amount: DecimalString; readonly points: number; readonly refunded: DecimalString; readonly reversed: number }[];
  }[];
  readonly redemptions: readonly {
    readonly redemptionId: string;
    readonly memberId: string;
    readonly allocations: readonly (readonly [string, number])[];
    readonly debt: number;
  }[];
  readonly usage: readonly (readonly [string, number])[];
  /** Every command seen, with its fingerprint and outcome (so a retry after a restore is still recognised). */
  readonly commands: readonly SnapshotCommand[];
  readonly ordinal: number;
}

/**
 * A lot in a {@link PointsSnapshot}: `[lotId, amount, remaining, state, earnedAt, availableAt,
 * expiresAt, category, source, ordinal]`, instants in epoch milliseconds.
 */
export type SnapshotLot = readonly [
  lotId: string,
  amount: number,
  remaining: number,
  state: PointsLot["state"],
  earnedAt: number,
  availableAt: number,
  expiresAt: number | null,
  category: string,
  source: PointsLotSource,
  ordinal: number,
];

/** A command in a {@link PointsSnapshot}: `[id, fingerprint, result]`. */
export type SnapshotCommand = readonly [id: string, fingerprint: string, result: PointsCommandResult];
