import { invalidArgument } from "../_lib/invalidArgument.js";
import type { ZoneCalendar } from "../_lib/ZoneCalendar.js";
import type { CapUsageQuery, EarnContext, OccurrenceQuery } from "./EarnContext.js";
import { readInstant } from "../_lib/readInstant.js";
import { rejectUnknownKeys } from "./rejectUnknownKeys.js";

const CONTEXT_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["at", "tier", "channel", "firstPurchase", "usage", "occurrences"]);

/** {@link CONTEXT_KEYS} as a switch (inlined where called; the set names the keys in the error). */
function isContextKey(key: string): boolean {
  switch (key) {
    case "at":
    case "tier":
    case "channel":
    case "firstPurchase":
    case "usage":
    case "occurrences":
      return true;
    default:
      return false;
  }
}

/** A validated {@link EarnContext}. @internal */
export interface ReadEarnContext {
  /** `context.at` in epoch ms, or NaN when absent. */
  readonly at: number;
  readonly tier: string | null;
  readonly channel: string | null;
  readonly firstPurchase: boolean;
  readonly usage: ((query: CapUsageQuery) => number) | null;
  readonly occurrences: ((query: OccurrenceQuery) => number) | null;
}

const EMPTY: ReadEarnContext = { at: Number.NaN, tier: null, channel: null, firstPurchase: false, usage: null, occurrences: null };

/** Validates an {@link EarnContext} (an unknown field such as `context.firstPurchse` is an error); errors name `context.tier` and so on. @internal */
export function readEarnContext(context: EarnContext | undefined, calendar: ZoneCalendar): ReadEarnContext {
  if (context === undefined) return EMPTY;
  if (typeof context !== "object" || context === null) throw invalidArgument("context", context, "an object");
  for (const key in context) if (!isContextKey(key)) rejectUnknownKeys(context, CONTEXT_KEYS, "context", "the context");
  const { tier, channel, firstPurchase, usage, occurrences } = context;
  if (tier !== undefined && typeof tier !== "string") throw invalidArgument("context.tier", tier, "a string");
  if (channel !== undefined && typeof channel !== "string") throw invalidArgument("context.channel", channel, "a string");
  if (firstPurchase !== undefined && typeof firstPurchase !== "boolean") {
    throw invalidArgument("context.firstPurchase", firstPurchase, "a boolean");
  }
  if (usage !== undefined && typeof usage !== "function") throw invalidArgument("context.usage", usage, "a function");
  if (occurrences !== undefined && typeof occurrences !== "function") {
    throw invalidArgument("context.occurrences", occurrences, "a function");
  }
  return {
    at: context.at === undefined ? Number.NaN : readInstant(context.at, calendar, "context.at"),
    tier: tier ?? null,
    channel: channel ?? null,
    firstPurchase: firstPurchase ?? false,
    usage: usage ?? null,
    occurrences: occurrences ?? null,
  };
}
