import type { PointsCommand } from "./PointsCommand.js";
import type { PointsEvent } from "./PointsEvent.js";
import type { PointsCommandResult } from "./PointsOutcome.js";

/**
 * What a command did, summed from its events alone, so a retried command (even after a replay)
 * returns exactly what the first execution returned.
 *
 * @internal
 */
export function summarizeCommand(type: PointsCommand["type"], events: readonly PointsEvent[]): PointsCommandResult {
  let points = 0;
  let debt = 0;
  let shortfall = 0;
  const lotIds: string[] = [];
  const memberIds: string[] = [];
  for (const event of events) {
    if (!memberIds.includes(event.memberId)) memberIds.push(event.memberId);
    switch (event.type) {
      case "earned":
      case "awarded":
      case "transferredIn":
        for (const lot of event.lots) {
          lotIds.push(lot.lotId);
          if (event.type !== "transferredIn") points += lot.amount;
        }
        break;
      case "redemptionReversed":
        for (const lot of event.lots) lotIds.push(lot.lotId);
        points += event.points;
        break;
      case "adjusted":
        for (const lot of event.lots) lotIds.push(lot.lotId);
        points += event.points;
        debt += event.debt;
        shortfall += event.shortfall;
        break;
      case "redeemed":
        points += event.points;
        debt += event.debt;
        shortfall += event.shortfall;
        break;
      case "earnReversed":
        points += event.points;
        debt += event.debt;
        shortfall += event.notReversed;
        break;
      case "held":
      case "captured":
      case "released":
      case "transferredOut":
      case "expired":
      case "activated":
        points += event.points;
        break;
    }
  }
  return { type, points, lotIds, memberIds, debt, shortfall };
}
