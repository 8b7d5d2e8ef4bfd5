// "…an attack that killed a businessman, prompting Baghdad to recall its ambassador": the capital
// named for the government that answers the event, not a place the event happened at.

/** The two capitals the copy names for their governments. */
const CAPITAL_EN = '(?:Baghdad|Damascus)';
const CAPITAL_AR = '(?:بغداد|دمشق)';

/** What a government does in answer: recalls, summons, condemns, protests, accuses, denies, demands. */
const ANSWER_EN =
  '(?:recall(?:s|ed)?|summon(?:s|ed)?|condemn(?:s|ed)?|protest(?:s|ed)?|accus(?:e|es|ed)|den(?:y|ies|ied)|demand(?:s|ed)?|reject(?:s|ed)?|blame[sd]?|file[sd]?|lodge[sd]?|vow(?:s|ed)?|warn(?:s|ed)?)';
const ANSWER_AR =
  '(?:استدعت|واستدعت|تستدعي|أدانت|وأدانت|احتجت|واحتجت|اتهمت|واتهمت|نفت|ونفت|طالبت|وطالبت|رفضت|ورفضت|حملت|وحملت|سحبت|وسحبت)';

/**
 * "prompting Baghdad to recall its ambassador", "Baghdad condemned the strike", "Damascus denied…",
 * "واستدعت بغداد سفيرها", "دفع بغداد إلى استدعاء": the capital as the one who acts in answer (its
 * subject, or the one prompted to), blanked (same length, offsets keep).
 */
const GOVERNMENT = new RegExp(
  `(?<![\\p{L}])(?:(?:prompting|forcing|leading|pushing|causing)\\s+${CAPITAL_EN}\\s+to\\s+\\p{L}+|${CAPITAL_EN}(?:\\s+(?:has|had|have|also|later|quickly|swiftly))?\\s+${ANSWER_EN}(?![\\p{L}])|${ANSWER_AR}\\s+${CAPITAL_AR}(?![\\p{L}])|(?:دفع|ودفع|دفعت|دافعا|دفعا)\\s+${CAPITAL_AR}\\s+(?:إلى|الى))`,
  'gu',
);

/** The clause's text (as written) less a capital named for its government. */
export function withoutCapitalAsGovernment(text: string): string {
  return text.replace(GOVERNMENT, (span) => ' '.repeat(span.length));
}
