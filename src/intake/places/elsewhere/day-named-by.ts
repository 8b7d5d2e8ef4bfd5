// "On Saturday, the day Saddam Hussein was hanged in Baghdad, a soldier was wounded in al-Qurna": a
// day named by something else that happened on it, and where, is a date, not the event's place.

/**
 * An apposition that names a day by another happening, between commas: ", the day X was hanged in
 * Baghdad,", ", the first day of Eid and the day …,", ", the same day a bomb hit Y,", "، وهو اليوم
 * الذي …،", "، في اليوم الذي …،". Closed by a comma before the clause goes on, so "on the day he
 * arrived in Baghdad" (the event's own day and place, no apposition) is kept.
 */
const DAY_APPOSITION =
  /(?<=[,،]\s*)(?:[^,،.;؛]{0,60}?\s(?:and|و)\s*)?(?:the\s+(?:same\s+)?day\s|(?:وهو\s+|في\s+|هو\s+)?(?:اليوم|يوم)\s+(?:نفسه\s+)?الذي\s)[^,،.;؛]{1,120}(?=[,،])/giu;

/** The clause's text (as written) with such appositions blanked (offsets kept). */
export function withoutDayNamedBy(text: string): string {
  return text.replace(DAY_APPOSITION, (span) => ' '.repeat(span.length));
}
