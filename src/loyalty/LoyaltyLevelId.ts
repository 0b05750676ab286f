/**
 * The id of one of the six loyalty levels of the two-axis model (忠诚度二维模型), lowest first:
 * `"none"` 不忠诚, `"inertia"` 惯性型忠诚, `"mercenary"` 雇佣型忠诚, `"latent"` 潜在忠诚,
 * `"committed"` 坚定型忠诚, `"fanatic"` 狂热型忠诚. See {@link LOYALTY_LEVELS} for each level's rank,
 * names and definition.
 */
export type LoyaltyLevelId = "none" | "inertia" | "mercenary" | "latent" | "committed" | "fanatic";
