import { describe, expect, it } from 'vitest';
import { IncidentDate, type Language } from '../../src/content/schema.js';
import { formatDate, formatDateRange } from '../../src/i18n/date.js';

describe('formatDate', () => {
  it.each<[string, Language, string]>([
    ['2020-10-19', 'ar', '19 تشرين الأول 2020'],
    ['2020-01-01', 'ar', '1 كانون الثاني 2020'],
    ['2021-02-28', 'ar', '28 شباط 2021'],
    ['2021-03-05', 'ar', '5 آذار 2021'],
    ['2021-04-05', 'ar', '5 نيسان 2021'],
    ['2021-05-05', 'ar', '5 أيار 2021'],
    ['2021-06-05', 'ar', '5 حزيران 2021'],
    ['2021-07-05', 'ar', '5 تموز 2021'],
    ['2021-08-05', 'ar', '5 آب 2021'],
    ['2021-09-05', 'ar', '5 أيلول 2021'],
    ['2021-11-05', 'ar', '5 تشرين الثاني 2021'],
    ['2021-12-05', 'ar', '5 كانون الأول 2021'],
    ['2020-10-19', 'en', '19 October 2020'],
  ])('%s in %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
});

describe('formatDateRange shows the precision', () => {
  const d = (from: string, to: string, precision: IncidentDate['precision']) =>
    IncidentDate.parse({ from, to, precision });

  it.each<[IncidentDate, string, string]>([
    [d('2020-10-19', '2020-10-19', 'day'), '19 تشرين الأول 2020', '19 October 2020'],
    [d('2020-10-19', '2020-10-21', 'day'), '19 – 21 تشرين الأول 2020', '19–21 October 2020'],
    [
      d('2020-10-31', '2020-11-01', 'day'),
      '31 تشرين الأول – 1 تشرين الثاني 2020',
      '31 October – 1 November 2020',
    ],
    [
      d('2020-12-31', '2021-01-01', 'day'),
      '31 كانون الأول 2020 – 1 كانون الثاني 2021',
      '31 December 2020 – 1 January 2021',
    ],
    [
      d('2020-10-19', '2020-10-25', 'week'),
      'الأسبوع من 19 إلى 25 تشرين الأول 2020',
      'the week of 19–25 October 2020',
    ],
    [
      d('2020-10-29', '2020-11-04', 'week'),
      'الأسبوع من 29 تشرين الأول إلى 4 تشرين الثاني 2020',
      'the week of 29 October – 4 November 2020',
    ],
    [d('2020-10-01', '2020-10-31', 'month'), 'تشرين الأول 2020', 'October 2020'],
    [d('2020-10-01', '2020-11-30', 'month'), 'تشرين الأول – تشرين الثاني 2020', 'October–November 2020'],
    [
      d('2020-12-01', '2021-01-31', 'month'),
      'كانون الأول 2020 – كانون الثاني 2021',
      'December 2020 – January 2021',
    ],
    [d('2020-10-19', '2020-10-19', 'approximate'), 'نحو 19 تشرين الأول 2020', 'around 19 October 2020'],
    [
      d('2020-10-15', '2020-10-25', 'approximate'),
      'نحو 15 – 25 تشرين الأول 2020',
      'around 15–25 October 2020',
    ],
  ])('%o', (date, arabic, english) => {
    expect(formatDateRange(date, 'ar')).toBe(arabic);
    expect(formatDateRange(date, 'en')).toBe(english);
  });
});
