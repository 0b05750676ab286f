/** A sentence in the source's Chinese and in English. */
export interface BilingualText {
  /** Chinese, after the source's wording. */
  readonly zh: string;
  /** English. */
  readonly en: string;
}
