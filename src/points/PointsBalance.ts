/** A member's points, by state (all in the programme's smallest unit). */
export interface PointsBalance {
  /** Points the member can spend: what their available lots hold, less `debt`. Negative only when debt is allowed. */
  readonly available: number;
  /** Points earned but locked (a return window). */
  readonly pending: number;
  /** Points reserved by open holds. */
  readonly held: number;
  /** Points owed (≥ 0). */
  readonly debt: number;
}
