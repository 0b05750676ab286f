import type { BilingualText } from "./BilingualText.js";
import type { LoyaltyPlaybookEntry } from "./LoyaltyPlaybookEntry.js";
import type { LoyaltyLevelId } from "./LoyaltyLevelId.js";
import { readLevelId } from "./readLevelId.js";
import { toDickBasu } from "./toDickBasu.js";

function t(zh: string, en: string): BilingualText {
  return Object.freeze({ zh, en });
}

const SATISFACTION = t(
  "提升用户满意度:用户满意度 = 整体利益 − 整体成本 − 期望价值;成本不只是钱,还有时间和选择成本",
  "Raise satisfaction: satisfaction = total customer benefit − total customer cost − expected value; cost is money, time and the effort of choosing",
);
const REBATES = t(
  "用可在以后购物抵现的返利(如京豆、唯品币)降低经济成本,促进复购",
  "Lower the money cost with rebates that are cash on a later purchase (JD beans, VIP coins) to drive repeat buying",
);
const SWITCHING = t(
  "增加舍弃成本:让客户更多地投入,离开品牌的代价更高",
  "Raise the switching (abandonment) cost: let the customer invest more, so leaving costs more",
);
const SEGMENTS = t(
  "精细化运营:按生命周期、属性、行为和付费习惯分层,让每个客户感到品牌懂自己",
  "Fine-grained operation: segment by lifecycle, attributes, behaviour and paying habits, so each customer feels the brand speaks their language",
);
const INTERACTION = t(
  "与用户真诚互动:让客户参与品牌的设计与营销(双微一抖、论坛、直播弹幕),成为品牌的“自己人”",
  "Interact sincerely: involve customers in the brand's design and marketing (social media, forums, live streams) so they become insiders",
);
const IDENTITY = t(
  "产品也要“悦己者容”:让品牌代表客户想成为的身份",
  "Make the product express the identity the customer wants (悦己者容)",
);
const REFERRAL = t(
  "推荐计划、共创和社群:让他们成为传播品牌的“小广播”",
  "Referral programmes, co-creation and community: turn them into the brand's loudspeakers",
);

const PLAYBOOKS: Readonly<Record<LoyaltyLevelId, Omit<LoyaltyPlaybookEntry, "level" | "dickBasu">>> = {
  none: {
    goal: t("先提升行为忠诚,再培养态度忠诚", "Raise behavioural loyalty first, then build attitude"),
    actions: [SATISFACTION, REBATES, SEGMENTS],
    caution: t("不要对所有客户一视同仁地投入激励,先分层找出值得培养的客户", "Do not spend incentives on everyone alike: segment first to find the customers worth developing"),
  },
  inertia: {
    goal: t("把习惯转化为偏好:提升态度忠诚", "Turn habit into preference: raise attitudinal loyalty"),
    actions: [INTERACTION, IDENTITY, SWITCHING],
    caution: t("惯性客户不会为品牌传播,一旦出现更方便的选择就可能离开", "Habitual buyers do not spread the brand and may leave as soon as a more convenient option appears"),
  },
  mercenary: {
    goal: t("钱能买到行为,买不到态度:在保住行为的同时争取态度", "Money buys behaviour, not attitude: hold the behaviour while winning the attitude"),
    actions: [REBATES, SATISFACTION, INTERACTION],
    caution: t(
      "雇佣型忠诚有局限:竞争对手用更高价值的赠品和更低的价格就能抢走客户(A银行15元1积分,B银行10元1积分)",
      "Mercenary loyalty is fragile: a competitor with richer gifts or lower prices takes these customers (bank A gives 1 point per 15 CNY, bank B 1 per 10 CNY)",
    ),
  },
  latent: {
    goal: t("把态度转化为购买:提升行为忠诚", "Turn attitude into purchases: raise behavioural loyalty"),
    actions: [
      t("消除付费障碍,给客户一个立即下单的理由(如在犹豫期内发送优惠券)", "Remove the barriers to paying and give a reason to buy now (a coupon during the moment of hesitation)"),
      t("提供能转化这份好感的付费产品", "Offer a paid product that can convert the goodwill"),
      SEGMENTS,
    ],
    caution: t("只吆喝不买:活跃和留存高并不等于付费转化高", "They cheer but do not buy: high activity and retention are not paid conversion"),
  },
  committed: {
    goal: t("保持稳固的情感联系,并推动其传播品牌", "Keep the emotional bond and move them to spread the brand"),
    actions: [REFERRAL, INTERACTION, SWITCHING],
    caution: t("不要用折扣去“奖励”本来就会购买的客户,以免把坚定型变成雇佣型", "Do not reward with discounts customers who would buy anyway, or committed loyalty turns mercenary"),
  },
  fanatic: {
    goal: t("让最高境界的粉丝持续传播品牌", "Keep the brand's most loyal fans spreading it"),
    actions: [REFERRAL, IDENTITY, INTERACTION],
    caution: t("狂热粉丝的口碑是品牌的资产,辜负他们的期望代价最大", "Fans' word of mouth is an asset: disappointing them costs the most"),
  },
};

/**
 * What the source recommends for customers at a loyalty level, in Chinese and English: the goal
 * (which axis to move), the actions and a caution. After the source's playbook: raise behaviour
 * through satisfaction, cost and switching cost; "money can buy behaviour, not attitude"; raise both
 * through fine-grained operation, sincere interaction and identity; give latent customers a reason
 * to buy now; turn committed and fanatic customers into referrers.
 *
 * Which parts are the source's: the measures behind every action (satisfaction = benefit − cost −
 * expected value, rebates, switching cost, fine-grained segmentation, sincere interaction,
 * identity, a coupon at the moment of hesitation, a paid product to convert goodwill, fans as
 * "loudspeakers") are paraphrases of seed 002, and so are the cautions for `mercenary` (the two
 * banks' points) and `latent` (they cheer but do not buy). Editorial — this library's reading, not
 * the source's — are: the assignment of actions and goals to levels, "referral programmes,
 * co-creation and community", and the cautions for `none`, `inertia`, `committed` and `fanatic`.
 *
 * @param level - a loyalty level id.
 * @returns the level, its Dick & Basu cell, the goal, the actions and a caution (frozen).
 * @throws {@link index!PatronageError} `INVALID_ARGUMENT` naming `level` for an unknown id.
 * @see 诸葛io, 2个方法迅速增强产品的客户忠诚度 (seed 002), part 2 (要怎么提高用户的忠诚度).
 *
 * @example
 * ```ts
 * import { loyaltyPlaybook } from "patronage/loyalty";
 *
 * const play = loyaltyPlaybook("mercenary");
 * play.dickBasu; //=> "spurious"
 * play.goal.en; //=> "Money buys behaviour, not attitude: hold the behaviour while winning the attitude"
 * play.actions.length; //=> 3
 * ```
 */
export function loyaltyPlaybook(level: LoyaltyLevelId): LoyaltyPlaybookEntry {
  const id = readLevelId(level, "level").id;
  const entry = PLAYBOOKS[id];
  return Object.freeze({ level: id, dickBasu: toDickBasu(id), goal: entry.goal, actions: Object.freeze([...entry.actions]), caution: entry.caution });
}
