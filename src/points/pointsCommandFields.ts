import type { PointsCommand } from "./PointsCommand.js";

/**
 * The fields of each {@link PointsCommand} type, in the order of the shapes of
 * {@link pointsCommandSchema} — which is the order of the keys of its parsed output (zod 4 builds
 * an object's output by walking its shape; a test checks that these lists equal the schema's
 * shapes). The command objects are strict, so a parsed command has no other key.
 * {@link readPointsCommand} checks a command's keys against these lists and
 * {@link fingerprintCommand} walks them (sorted) instead of sorting each command's keys.
 *
 * @internal
 */
export const pointsCommandFields: { readonly [T in PointsCommand["type"]]: readonly string[] } = {
  earn: ["id", "type", "memberId", "order", "points", "orderId", "tier", "category"],
  award: ["id", "type", "memberId", "event", "role", "birthday", "tier", "channel", "points", "reason", "category"],
  redeem: ["id", "type", "memberId", "points", "reference"],
  hold: ["id", "type", "memberId", "points", "holdId", "expiresAt"],
  capture: ["id", "type", "holdId", "points"],
  release: ["id", "type", "holdId", "points"],
  reverseEarn: ["id", "type", "orderId", "lines", "points"],
  reverseRedemption: ["id", "type", "redemptionId", "points", "expiredLots"],
  adjust: ["id", "type", "memberId", "points", "reason"],
  transfer: ["id", "type", "from", "to", "points"],
  expire: ["id", "type", "memberId"],
  activate: ["id", "type", "memberId"],
};

/** The fields of a line of a `reverseEarn` command, in the order of its shape. @internal */
export const reverseEarnLineFields: readonly string[] = ["lineId", "amount"];
