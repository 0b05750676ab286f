/**
 * The components behind the two scores, each mapped to [0, 1], or `null` when the signal was
 * missing (or its weight is 0) and the component dropped out.
 */
export interface LoyaltyComponents {
  /** min(1, purchases / expected purchases). */
  readonly frequency: number | null;
  /** 2^(−daysSinceLastPurchase / half-life). */
  readonly recency: number | null;
  /** Share of wallet as given. */
  readonly shareOfWallet: number | null;
  /** recommend / 10. */
  readonly recommend: number | null;
  /** (satisfaction − 1) / 4. */
  readonly satisfaction: number | null;
  /** Repurchase intent as given. */
  readonly repurchaseIntent: number | null;
  /** Brand preference as given. */
  readonly brandPreference: number | null;
}
