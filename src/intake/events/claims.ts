// Claims the article reports as denied, where the denial is told apart from the claim's own clause.
import type { Sentence } from '../reading/types.js';
import { matchView } from '../reading/view.js';
import { retellsDeniedReport } from './report-denied.js';
import { claimantTellsDenied } from './claimant-tells.js';
import { deniesOnlyDoer } from './doer-denied.js';
import { denialTellsOtherwise } from './denial-tells-otherwise.js';
import { toldOwnDeadOnly } from './own-dead-told.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/** A claim's verb: "زعمت", "ادعى", "claimed". */
const CLAIM = new RegExp(
  `(?<!${L})(?:${f(['زعم', 'زعمت', 'زعموا', 'ادعى', 'ادعت', 'ادعوا', 'تزعم', 'يزعم'])}|claimed|claims|claiming)(?!${L})`,
  'u',
);
/** A denial pointing back at what was just told: "وهو ما نفته قسد", "which the army denied". */
const DENIED_BACK = new RegExp(
  `(?<!${L})(?:${f(['وهو ما نفته', 'وهو ما نفاه', 'الأمر الذي نفته', 'الأمر الذي نفاه', 'ما نفته', 'ما نفاه'])})(?!${L})|(?<!${L})(?:which|claims)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:denied|dismissed|rejected)(?!${L})`,
  'u',
);
/**
 * A denial that names what it denies as a claim or an account, so is the claim's mark itself with no
 * claim verb before it: "…قالت إن قواته قتلت ثلاثة، وهي رواية نفاها الحزب", "وهو ادعاء نفته
 * الوزارة", "…had killed three, an account the group denied", "a claim rejected by the army".
 */
const DENIED_ACCOUNT = new RegExp(
  `(?<!${L})(?:${f(['وهي', 'وهو', 'هي', 'هو'])})\\s+(?:${f(['رواية', 'ادعاء', 'ادعاءات', 'مزاعم', 'زعم'])})\\s+(?:${f(['نفاها', 'نفتها', 'نفاه', 'نفته', 'نفوها', 'نفوه', 'تنفيها', 'ينفيها', 'تنفيه', 'ينفيه', 'كذبها', 'كذبتها'])})(?!${L})|(?<!${L})(?:a claim|an account|a version|a report)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:denied|dismissed|rejected)(?!${L})`,
  'u',
);

/**
 * The claim set against what the sentence told first, in a clause of its own after "while": "… قتلوا
 * في المعارك، فيما زعمت وسائل إعلام النظام مقتل أكثر من 50، وهو ما نفته الفصائل", "…, while state
 * media claimed 50 dead, which the rebels denied" — the denial is of the claim, not of the account
 * before it, so the sentence is not denied whole (the claim's clause is, by its denial).
 */
const WHILE_CLAIM = `(?:${f(['فيما', 'بينما', 'في حين'])}|while|whereas)\\s+(?:[\\p{L}]+\\s+){0,4}?(?:${f(['زعم', 'زعمت', 'زعموا', 'ادعى', 'ادعت', 'ادعوا'])}|claimed)(?!${L})`;
const CLAIM_AFTER_WHILE = new RegExp(`[,،]\\s*${WHILE_CLAIM}`, 'u');
const CLAIM_OPENS = new RegExp(`^[^\\p{L}]*${WHILE_CLAIM}`, 'u');
const claimSetAgainst = (text: string): boolean => {
  const at = text.search(CLAIM_AFTER_WHILE);
  return at > 0 && !CLAIM.test(text.slice(0, at)) && DENIED_BACK.test(text.slice(at));
};

/**
 * The clause (matching form) is that claim, set against the account its sentence (matching form)
 * told first and denied after it (claimSetAgainst): no figure of the event.
 */
export function claimDeniedAfterWhile(sentence: string, clause: string): boolean {
  return CLAIM_OPENS.test(clause) && claimSetAgainst(sentence);
}

/**
 * A sentence that opens by denying what the one before told: "The coalition denied that, saying
 * nobody had been hurt", "ونفت الوزارة ذلك".
 */
const DENIES_PREVIOUS = new RegExp(
  `^["«“]?\\s*(?:(?:the|an?)\\s+)?(?:[\\p{L}.'’-]+\\s+){0,4}?(?:denied|dismissed|rejected)\\s+(?:that|this|it|the claim|the claims|the report)(?!${L})|^["«“]?\\s*و?(?:${f(['نفت', 'نفى'])})\\s+(?:[\\p{L}]+\\s+){0,4}?(?:${f(['ذلك', 'هذا', 'هذه', 'الخبر', 'الادعاء', 'الادعاءات', 'المزاعم', 'الرواية'])})(?!${L})`,
  'u',
);

/**
 * A denial that any such event took place at all, whoever denies it and however long their name:
 * "Iraq's Security Media Cell and the coalition both denied that any attack had taken place", "ونفت
 * خلية الإعلام الأمني والتحالف وقوع أي هجوم". It denies the claim told before it, not a detail of it
 * ("denied that civilians were among the dead" is no such denial).
 */
const DENIES_ANY_EVENT = new RegExp(
  `(?<!${L})(?:denied|dismissed|rejected)\\s+(?:that\\s+)?(?:any|such\\s+an?)\\s+(?:[\\p{L}-]+\\s+)?(?:attack|strike|airstrike|drone strike|bombing|shelling|incident)s?\\s+(?:had\\s+)?(?:taken place|took place|happened|occurred)(?!${L})|(?<!${L})(?:${f(['نفت', 'نفى', 'نفوا', 'ونفت', 'ونفى', 'ونفوا'])})\\s+(?:[\\p{L}]+\\s+){0,8}?(?:${f(['وقوع', 'حدوث'])})\\s+(?:${f(['أي', 'اي'])})(?!${L})`,
  'u',
);

/**
 * "…said a suicide car bomber had killed 20 soldiers, but a military official denied that any such
 * attack had taken place", "…، لكن الجيش نفى وقوع أي هجوم": what the sentence told, then "but" and
 * a denial that any such event took place — the account told is denied whatever verb told it, a
 * claim's or a plain "said".
 */
const BUT = new RegExp(`(?<!${L})(?:but|${f(['لكن', 'ولكن', 'إلا أن', 'غير أن'])})(?!${L})`, 'u');
const deniedAfterBut = (text: string): boolean => {
  const but = text.search(BUT);
  return but > 0 && DENIES_ANY_EVENT.test(text.slice(but));
};

/**
 * Indexes of sentences whose events are denied claims: a claim with its denial in a later clause of
 * the same sentence ("زعمت أن … قتلوا 12 عنصرا … وهو ما نفته قسد"), a denial that names the account
 * it denies ("…، وهي رواية نفاها الحزب"), a sentence the next one
 * opens by denying ("… said an attack had killed five Americans. The coalition denied that"), or one
 * that tells again the report the one before denied, or a claim of an event that it or the next
 * sentence denies took place at all, or a later clause of its own after "but" does.
 */
export function deniedSentences(
  sentences: readonly Sentence[],
  texts: readonly string[] = sentences.map((s) => matchView(s.text).text),
): Set<number> {
  const denied = new Set<number>();
  sentences.forEach((sentence, i) => {
    const text = texts[i] ?? '';
    if ((CLAIM.test(text) && DENIED_BACK.test(text) && !claimSetAgainst(text)) || DENIED_ACCOUNT.test(text))
      denied.add(sentence.index);
    const next = sentences[i + 1];
    // (not one that denies only a hand in it: "denied that fighters from the town were involved")
    const nextText = texts[i + 1] ?? '';
    if (
      next &&
      next.paragraph === sentence.paragraph &&
      DENIES_PREVIOUS.test(nextText) &&
      !deniesOnlyDoer(nextText) &&
      // (nor one that tells the fight took place all the same, in its own account: denial-tells-otherwise.ts)
      !denialTellsOtherwise(nextText) &&
      // (nor a side's count of its own dead, the rest of its account what is denied: own-dead-told.ts)
      !toldOwnDeadOnly(text)
    )
      denied.add(sentence.index);
    // (a claim whose event the next sentence, or a later clause of its own, denies took place at all)
    const deniedAfter =
      CLAIM.test(text) && next?.paragraph === sentence.paragraph && DENIES_ANY_EVENT.test(texts[i + 1] ?? '');
    if (deniedAfter || (CLAIM.test(text) && DENIES_ANY_EVENT.test(text)) || deniedAfterBut(text))
      denied.add(sentence.index);
    // (or told again after its denial, in the words of those who made it: report-denied.ts)
    if (i > 0 && retellsDeniedReport(texts[i - 1] ?? '', text)) denied.add(sentence.index);
    // (or told again by the claimant the denial named: "ISIS said in a statement…", claimant-tells.ts)
    if (i > 0 && claimantTellsDenied(texts[i - 1] ?? '', text)) denied.add(sentence.index);
  });
  return denied;
}

/**
 * "وتبنى التنظيم الهجوم، زاعماً أنه قتل وأصاب 15 عنصراً", "claiming to have killed 20 soldiers": the
 * doer's boast of its own toll, told as its words — no figure of the event; so is the boast told by
 * its verbal nouns, quoted or not ("زاعماً "قتل وإصابة 12 عنصراً"", "مدعياً مقتل 20 جندياً").
 */
const BOAST = new RegExp(
  `(?<!${L})(?:${f(['زاعما', 'زاعمة', 'زاعمين', 'زاعمون', 'مدعيا', 'مدعية', 'مدعين'])})\\s+(?:(?:${f(['أنه', 'أنها', 'أنهم', 'أن'])})|["«“]?\\s*(?:${f(['قتل', 'مقتل', 'إصابة', 'جرح', 'إيقاع'])}))(?!${L})|(?<!${L})claim(?:ing|ed) (?:to have|it had|that it had|it|that it) (?:killed|wounded|inflicted)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells a toll as its doer's boast. */
export function boastsToll(matchText: string): boolean {
  return BOAST.test(matchText);
}
