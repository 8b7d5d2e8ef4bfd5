import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/intake/dates/dates.js';
import { hijriBefore, hijriToIso, isoToHijri } from '../../src/intake/dates/hijri.js';
import { matchView } from '../../src/intake/reading/view.js';

describe('tabular Hijri calendar', () => {
  it.each([
    // first days as announced: Eid al-Adha 1442, Eid al-Fitr 1442, Ramadan 1445, the era's first day
    [1442, 12, 10, '2021-07-20'],
    [1442, 10, 1, '2021-05-13'],
    [1445, 9, 1, '2024-03-11'],
    [1, 1, 1, '0622-07-19'],
  ] as const)('%i-%i-%i is %s, and back', (year, month, day, iso) => {
    expect(hijriToIso(year, month, day)).toBe(iso);
    expect(isoToHijri(iso)).toEqual({ year, month, day });
  });

  it('round-trips every day over several years', () => {
    for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const h = isoToHijri(iso);
      expect(hijriToIso(h.year, h.month, h.day)).toBe(iso);
    }
  });

  it('takes the occurrence the publication date allows: the latest on or just after it', () => {
    expect(hijriBefore('2021-07-22', 12, 10)).toBe('2021-07-20');
    expect(hijriBefore('2021-07-18', 12, 10)).toBe('2021-07-20');
    expect(hijriBefore('2021-07-10', 12, 10)).toBe('2020-07-31');
  });
});

const dated = (text: string, published: string) =>
  findDates(matchView(text), { published, anchor: null }).map((d) => ({
    text: d.text,
    from: d.date.from,
    to: d.date.to,
    precision: d.date.precision,
  }));

describe('Hijri dates and feast days in articles', () => {
  it.each([
    ['قتل ثلاثة مدنيين ثالث أيام عيد الأضحى', '2021-07-25', 'ثالث أيام عيد الأضحى', '2021-07-22'],
    ['وقع الهجوم في أول أيام العيد', '2021-05-15', 'أول أيام العيد', '2021-05-13'],
    ['في 14 ربيع الأول 1440 هـ', '2018-11-25', '14 ربيع الأول 1440 ه', '2018-11-22'],
    ['يوم 10 ذي الحجة', '2021-07-25', '10 ذي الحجة', '2021-07-20'],
    ['on the second day of Eid al-Fitr', '2021-05-20', 'the second day of Eid al-Fitr', '2021-05-14'],
  ])('%s (published %s)', (text, published, words, day) => {
    // the first of the two days the month can begin on after the new moon (the one Saudi Arabia,
    // Syria and Sunni Iraq announce), marked approximate: the other reading is a day later
    expect(dated(text, published)).toEqual([{ text: words, from: day, to: day, precision: 'approximate' }]);
  });

  it.each([
    // Eid al-Fitr 1444 began on Friday 21 April 2023 (Saudi Arabia, Sunni Iraq) or Saturday 22 (Shia Iraq)
    ['قتل مدنيان مساء ثالث أيام عيد الفطر', '2023-04-25', 'ثالث أيام عيد الفطر', '2023-04-23'],
    ['ثاني أيام عيد الفطر', '2023-04-25', 'ثاني أيام عيد الفطر', '2023-04-22'],
    // Eid al-Adha 1444: Wednesday 28 June 2023 or Thursday 29; "العيد" alone is the latest feast
    ['في ثالث أيام العيد', '2023-07-02', 'ثالث أيام العيد', '2023-06-30'],
    // Eid al-Fitr 1446 began on Sunday 30 March 2025 (Saudi Arabia) or Monday 31 (Iraq's Shia)
    ['on the first day of Eid al-Fitr', '2025-04-02', 'the first day of Eid al-Fitr', '2025-03-30'],
  ])(
    'a feast day with no weekday is the first of its two possible days: %s (published %s)',
    (text, published, words, day) => {
      expect(dated(text, published)).toEqual([{ text: words, from: day, to: day, precision: 'approximate' }]);
    },
  );

  it('a weekday beside a Hijri date narrows it to one day', () => {
    // Thursday 10 March 2022 was 7 Shaban 1443
    const found = dated('الخميس 7 شعبان 1443هـ', '2022-03-10');
    expect(found.some((d) => d.from === '2022-03-10' && d.to === '2022-03-10')).toBe(true);
  });

  it('a bare "العيد" with no day named dates nothing', () => {
    expect(dated('احتفالات العيد في المدينة', '2021-05-20')).toEqual([]);
  });
});
