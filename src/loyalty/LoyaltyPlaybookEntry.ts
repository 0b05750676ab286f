import type { BilingualText } from "./BilingualText.js";
import type { DickBasuLoyalty } from "./DickBasuLoyalty.js";
import type { LoyaltyLevelId } from "./LoyaltyLevelId.js";

/** What {@link loyaltyPlaybook} returns: the source's advice for customers at one level. */
export interface LoyaltyPlaybookEntry {
  /** The level the advice is for. */
  readonly level: LoyaltyLevelId;
  /** The level's Dick & Basu cell. */
  readonly dickBasu: DickBasuLoyalty;
  /** Which axis to move, and where to. */
  readonly goal: BilingualText;
  /** What to do, in the source's words. */
  readonly actions: readonly BilingualText[];
  /** What to beware of. */
  readonly caution: BilingualText;
}
