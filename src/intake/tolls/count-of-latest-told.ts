// A count with no event, day or place of its own, told right after more on an earlier incident of a
// lead that told two: "ثلاثة قتلوا وأصيب آخرون بانفجار في X، فيما أصيب طفلان بانفجار آخر في Y", then
// "وقال المصدر إن عبوة انفجرت في X …", then "وأضاف أن عدد الجرحى يتراوح بين سبعة وتسعة". The count
// goes on about the incident the sentence before it told of (X), not the one the lead happened to
// name last (Y), the more so where Y already counts that kind otherwise.

/** What of an incident the rule reads: the sentences told of it, and its counts. */
export interface ToldIncident {
  readonly sentences: readonly number[];
}

/** The last sentence told of an incident, or -1 where none was. */
const lastSentence = (b: ToldIncident): number => b.sentences[b.sentences.length - 1] ?? -1;

/**
 * The incident a count naming nothing of its own goes on about, where it is not the last one built:
 * the incident told of in a later sentence than the last one built was, and the one of the latest
 * sentence before the count, which can take the count while the last one built cannot (`canTake`
 * says so). undefined otherwise: the order of the text decides.
 */
export function countOfLatestTold<B extends ToldIncident>(
  built: readonly B[],
  canTake: (b: B) => boolean,
): B | undefined {
  const last = built[built.length - 1];
  if (!last || canTake(last)) return undefined;
  let latest: B | undefined;
  for (const b of built) if (!latest || lastSentence(b) > lastSentence(latest)) latest = b;
  if (!latest || latest === last || lastSentence(latest) <= lastSentence(last)) return undefined;
  return canTake(latest) ? latest : undefined;
}
