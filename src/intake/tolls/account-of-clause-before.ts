// A source's account whose definite name points at the blows the clause before in its sentence told.
import type { IncidentEvent } from '../../content/schema.js';
import type { DateValue } from '../dates/date-values.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';

/** What the clause before in the same sentence told: its kind of event and its own day. */
export interface ClauseBefore {
  event: IncidentEvent | null;
  date: DateValue | null;
}

/**
 * "وكان الطيران قد شن منذ يوم السبت سلسلة غارات على مواقع التنظيم، وقال مسؤول إن "الغارات أسفرت عن
 * مقتل أكثر من 20 مسلحاً"", "Jets pounded the hills on Friday, and a commander said the strikes
 * killed 15 fighters": the source's "the strikes" are the blows the clause before in its own sentence
 * just told on a day of their own (a clause of plural blows with no toll draws no incident itself),
 * not the event drafted before it, told (or announced) on another day in an earlier sentence. Its toll is those
 * blows', an incident of their own on their day — no second account of the event before.
 */
export function accountOfClauseBefore(
  last: Building | undefined,
  facts: Pick<ClauseFacts, 'sourced' | 'eventDate'>,
  before: ClauseBefore | null,
  sentenceIndex: number,
): boolean {
  if (!last || !facts.sourced || facts.eventDate || !before?.event || !before.date) return false;
  // (the clause before drew on the last incident itself: the account is of that one)
  if (last.sentences.includes(sentenceIndex)) return false;
  // (the day it was told on, or announced on where it was told with none of its own)
  const told = last.date ?? last.reporting;
  return told !== null && (before.date.to < told.from || before.date.from > told.to);
}
