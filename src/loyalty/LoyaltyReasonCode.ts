/**
 * The machine-readable reason behind a step of a loyalty classification:
 * - `BEHAVIOUR_HIGH` / `BEHAVIOUR_LOW`: the behavioural score against `thresholds.behavioural`;
 * - `ATTITUDE_HIGH` / `ATTITUDE_LOW`: the attitudinal score against `thresholds.attitudinal`;
 * - `INCENTIVE_DRIVEN` / `NOT_INCENTIVE_DRIVEN` / `INCENTIVE_UNKNOWN`: the incentive share against
 *   `thresholds.incentiveShare` (mercenary or inertia);
 * - `ATTITUDE_VERY_HIGH` / `ATTITUDE_NOT_VERY_HIGH`: the attitudinal score against
 *   `thresholds.veryHighAttitudinal`;
 * - `ADVOCATE` / `NOT_ADVOCATE` / `ADVOCACY_UNKNOWN`: the advocacy score against
 *   `thresholds.advocacy` (fanatic or committed).
 */
export type LoyaltyReasonCode =
  | "BEHAVIOUR_HIGH"
  | "BEHAVIOUR_LOW"
  | "ATTITUDE_HIGH"
  | "ATTITUDE_LOW"
  | "INCENTIVE_DRIVEN"
  | "NOT_INCENTIVE_DRIVEN"
  | "INCENTIVE_UNKNOWN"
  | "ATTITUDE_VERY_HIGH"
  | "ATTITUDE_NOT_VERY_HIGH"
  | "ADVOCATE"
  | "NOT_ADVOCATE"
  | "ADVOCACY_UNKNOWN";
