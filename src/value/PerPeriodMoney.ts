import type { DecimalString } from "../_lib/toDecimal.js";

/**
 * A money amount received (or spent) in each period: one amount for every period, as a
 * `DecimalString` or a finite `number`, or an array with one amount per period, index 0 being the
 * first period (margins that grow, or a forecast from a model).
 */
export type PerPeriodMoney = DecimalString | number | readonly (DecimalString | number)[];
