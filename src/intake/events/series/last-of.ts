// "…a series of car bombs, the latest of which killed six last month": the last of the series, one event.
import { L, anyOf } from '../../reading/word-pattern.js';

/**
 * "شهدت المدينة خلال الأشهر الماضية سلسلة تفجيرات، كان آخرها الشهر الماضي حين قتل ستة", "a string of
 * attacks over the past months, the latest of which killed six": the words up to "the last of them"
 * tell the series and its span; what follows tells one event of it, with its own day and toll.
 */
const LAST_OF_THEM = new RegExp(
  `(?<!${L})(?:${anyOf(['كان آخرها', 'وكان آخرها', 'آخرها', 'وآخرها', 'كان أحدثها', 'وكان أحدثها'])}|the (?:latest|most recent|last) (?:of which|of them|being))(?!${L})`,
  'u',
);

/**
 * "…في عدة عمليات شهدتها المنطقة خلال الأشهر الماضية، بينها تفجير عبوة على الطريق الشهر الماضي أدى
 * إلى مقتل مدنيين", "…a wave of killings this year, including a bombing last month that killed two": one
 * blow, named in the singular, picked out of the series as the last one is — the same cut.
 */
const ONE_OF_THEM = new RegExp(
  `(?<!${L})(?:${anyOf(['بينها', 'من بينها', 'ومن بينها', 'منها', 'ومنها', 'أبرزها', 'كان أبرزها'])}|including|among them)\\s+(?=(?:(?:the|an?)\\s+)?(?:${anyOf(['ال'])})?(?:${anyOf(['تفجير', 'انفجار', 'هجوم', 'غارة', 'كمين', 'اغتيال'])}|bombing|attack|blast|explosion|ambush|strike|assassination)(?!${L}))`,
  'u',
);

/** The clause (in matching form) with the series told before its last (or picked) event blanked (offsets keep). */
export function fromLastOfSeries(matchText: string): string {
  const last = matchText.search(LAST_OF_THEM);
  const at = last >= 0 ? last : matchText.search(ONE_OF_THEM);
  return at <= 0 ? matchText : ' '.repeat(at) + matchText.slice(at);
}

/**
 * "ويأتي ذلك في وقت تشن فيه الخلايا هجمات متفرقة، كان آخرها مطلع الشهر حين قتل جنديان", "This comes as
 * militants keep up attacks, the latest of which killed two soldiers": the setting told leads to one
 * blow of its own, picked out with its day and toll — an event, not the news' background.
 */
export const picksOneOfSeries = (matchText: string): boolean => fromLastOfSeries(matchText) !== matchText;
