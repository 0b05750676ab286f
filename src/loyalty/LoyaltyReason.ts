import type { LoyaltyReasonCode } from "./LoyaltyReasonCode.js";

/** One step of a loyalty classification: which signal was compared with which threshold. */
export interface LoyaltyReason {
  /** The machine-readable reason. */
  readonly code: LoyaltyReasonCode;
  /** The reason in English words, with the score, the threshold and the components used. */
  readonly message: string;
  /** The score or share compared, or `null` when the signal was missing. */
  readonly value: number | null;
  /** The threshold it was compared with. */
  readonly threshold: number;
}
