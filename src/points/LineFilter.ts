/**
 * Which lines of an order an earning rule looks at, by their `category` and `sku`
 * ({@link PointsOrderLine}). A line matches when the filter names no categories and no SKUs, or
 * when its category is among `categories` or its SKU among `skus`; then a line whose category is
 * among `excludeCategories` or whose SKU is among `excludeSkus` is left out. Every list, when
 * given, holds at least one id (a non-empty string of at most 200 characters). Without a filter
 * the rule looks at every line.
 */
export interface LineFilter {
  /** Categories whose lines match (absent: no category test). */
  readonly categories?: readonly string[] | undefined;
  /** SKUs whose lines match (absent: no SKU test). */
  readonly skus?: readonly string[] | undefined;
  /** Categories whose lines never match. */
  readonly excludeCategories?: readonly string[] | undefined;
  /** SKUs whose lines never match. */
  readonly excludeSkus?: readonly string[] | undefined;
}
