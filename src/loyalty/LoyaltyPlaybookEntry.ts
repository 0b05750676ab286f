import type { BilingualText } from "./BilingualText.js";
import type { DickBasuLoyalty } from "./DickBasuLoyalty.js";
import type { LoyaltyLevelId } from "./LoyaltyLevelId.js";

/**
 * What {@link loyaltyPlaybook} returns: advice for customers at one level, after the source's
 * playbook; {@link loyaltyPlaybook} says which lines are the source's and which are editorial.
 */
export interface LoyaltyPlaybookEntry {
  /** The level the advice is for. */
  readonly level: LoyaltyLevelId;
  /** The level's Dick & Basu cell. */
  readonly dickBasu: DickBasuLoyalty;
  /** Which axis to move, and where to. */
  readonly goal: BilingualText;
  /** What to do: the source's measures, paraphrased (the referral line is partly editorial). */
  readonly actions: readonly BilingualText[];
  /** What to beware of: from the source for mercenary and latent, editorial for the others. */
  readonly caution: BilingualText;
}
