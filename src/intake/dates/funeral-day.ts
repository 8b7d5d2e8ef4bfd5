// "شيّع آلاف من أهالي المدينة، ظهر اليوم، شهداء الغارة …" then "ولم تكد مراسم الدفن تنتهي حتى سقطت
// قذيفتان …، ما أدى إلى إصابة أربعة من المشيعين": a blow that fell on the funeral is of the burial's
// day, not of the killing the funeral mourned.
import type { DateValue } from './date-values.js';
import type { DateMention } from '../reading/types.js';
import { buriedDeadAt } from '../events/funeral.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { SAID_THAT } from './date-roles.js';

/** The funeral named as where or when a blow fell: its rites, its procession, its mourners. */
const AT_FUNERAL = new RegExp(
  `(?<!${L})(?:${anyOf(['مراسم الدفن', 'مراسم التشييع', 'موكب التشييع', 'المشيعين', 'المشيعون', 'مجلس العزاء'])}|funeral procession|the funeral|(?:the )?mourners)(?!${L})`,
  'u',
);

/**
 * The day a funeral that names the dead it buried was told on: a day the clause (in matching form)
 * tells before the dead ("شيّع … ظهر اليوم شهداء الغارة التي … عصر أمس"); null where it tells no
 * such funeral or no such day.
 */
export function burialDay(matchText: string, dates: readonly DateMention[]): DateValue | null {
  const dead = buriedDeadAt(matchText);
  if (dead === null) return null;
  return dates.filter((d) => d.start < dead).at(-1)?.date ?? null;
}

/**
 * A clause with no day of its own that tells a blow on the funeral told before: the burial's day,
 * as a date of the clause's funeral words; null otherwise (a clause that itself names the buried
 * dead is the funeral, dated as told; one whose funeral words come before "إن", "that" tells when
 * a teller spoke).
 */
export function dayAtFuneral(clause: string, burial: DateValue | null): DateMention | null {
  if (!burial) return null;
  const view = matchView(clause);
  const m = AT_FUNERAL.exec(view.text);
  if (!m || buriedDeadAt(view.text) !== null) return null;
  // ("وقال أحد القادة، خلال مراسم التشييع، إن …": when the teller spoke, not when a blow fell)
  if (SAID_THAT.test(view.text.slice(m.index))) return null;
  const span = view.sourceSpan(m.index, m.index + m[0].length);
  const { from, to, precision } = burial;
  return { ...span, date: { from, to, precision, text: span.text }, role: 'event', aggregate: false };
}
