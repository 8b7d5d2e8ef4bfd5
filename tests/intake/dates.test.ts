import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../src/intake/dates/date-values.js';
import { findDates } from '../../src/intake/dates/dates.js';
import { matchView } from '../../src/intake/reading/view.js';

const resolve = (text: string, published: string, anchor: DateValue | null = null) =>
  findDates(matchView(text), { published, anchor }).map((d) => ({
    from: d.date.from,
    to: d.date.to,
    precision: d.date.precision,
    text: d.text,
    aggregate: d.aggregate,
  }));

describe('findDates', () => {
  it.each([
    // published 2021-10-04 is a Monday
    ['اليوم الاثنين', '2021-10-04', '2021-10-04', '2021-10-04', 'day'],
    ['مساء السبت', '2021-10-04', '2021-10-02', '2021-10-02', 'day'],
    ['أمس الأحد', '2021-10-04', '2021-10-03', '2021-10-03', 'day'],
    ['أول أمس', '2021-10-04', '2021-10-02', '2021-10-02', 'day'],
    ['on Monday', '2021-10-04', '2021-10-04', '2021-10-04', 'day'],
    ['on Saturday', '2023-03-13', '2023-03-11', '2023-03-11', 'day'],
    ['yesterday', '2021-10-04', '2021-10-03', '2021-10-03', 'day'],
    ['يوم الاثنين الماضي', '2021-10-04', '2021-09-27', '2021-09-27', 'day'],
    ['last Monday', '2021-10-04', '2021-09-27', '2021-09-27', 'day'],
    ['الخميس الماضي', '2021-10-04', '2021-09-30', '2021-09-30', 'day'],
    ['ليلة الثلاثاء على الأربعاء', '2021-10-04', '2021-09-28', '2021-09-29', 'day'],
    ['الشهر الماضي', '2020-11-01', '2020-10-01', '2020-10-31', 'month'],
    ['last month', '2021-03-10', '2021-02-01', '2021-02-28', 'month'],
    ['أواخر الشهر الماضي', '2021-10-04', '2021-09-21', '2021-09-30', 'approximate'],
    ['last week', '2021-10-06', '2021-09-27', '2021-10-03', 'week'],
    ['earlier in October', '2020-11-01', '2020-10-01', '2020-10-31', 'month'],
    ['في وقت سابق من تشرين الأول', '2020-11-01', '2020-10-01', '2020-10-31', 'month'],
    ['في الأول من تشرين الأول الجاري', '2021-10-04', '2021-10-01', '2021-10-01', 'day'],
    ['19 تشرين الأول', '2020-11-01', '2020-10-19', '2020-10-19', 'day'],
    ['5 أكتوبر', '2021-10-20', '2021-10-05', '2021-10-05', 'day'],
    ['3 نونبر', '2021-11-20', '2021-11-03', '2021-11-03', 'day'],
    ['10 يوليوز', '2021-07-20', '2021-07-10', '2021-07-10', 'day'],
    ['في غشت الماضي', '2021-10-04', '2021-08-01', '2021-08-31', 'month'],
    ['on March 7', '2023-03-13', '2023-03-07', '2023-03-07', 'day'],
    ['December 28', '2023-01-05', '2022-12-28', '2022-12-28', 'day'],
    ['في تشرين الأول 2014', '2020-11-01', '2014-10-01', '2014-10-31', 'month'],
    ['(31 تشرين الأول 2020)', '2020-11-01', '2020-10-31', '2020-10-31', 'day'],
  ])('%s (published %s)', (text, published, from, to, precision) => {
    expect(resolve(text, published)[0]).toMatchObject({ from, to, precision });
  });

  it('quotes the article and keeps the longest reading', () => {
    expect(resolve('وفي تشرين الأول 2014 أعلن', '2020-11-01')).toEqual([
      {
        from: '2014-10-01',
        to: '2014-10-31',
        precision: 'month',
        text: 'في تشرين الأول 2014',
        aggregate: false,
      },
    ]);
  });

  it('chains from the date before it', () => {
    const anchor: DateValue = { from: '2021-09-29', to: '2021-09-29', precision: 'day' };
    expect(resolve('وقبل ذلك بيومين', '2021-10-04', anchor)[0]).toMatchObject({
      from: '2021-09-27',
      to: '2021-09-27',
    });
    expect(resolve('two days earlier', '2021-10-04', anchor)[0]).toMatchObject({ from: '2021-09-27' });
    expect(resolve('the next day', '2021-10-04', anchor)[0]).toMatchObject({ from: '2021-09-30' });
    expect(resolve('قبل ذلك بيومين', '2021-10-04', null)).toEqual([]);
  });

  it('flags aggregate spans', () => {
    expect(resolve('306,000 civilians killed since 2011', '2021-06-01')[0]).toMatchObject({
      aggregate: true,
    });
    expect(resolve('27 هجوماً منذ مطلع العام الجاري', '2021-10-04')[0]).toMatchObject({
      aggregate: true,
      from: '2021-01-01',
    });
  });

  it('does not read a year glued to the next word as anything else', () => {
    expect(resolve('وكان داعش قد في 2014على أجزاء', '2020-11-01')[0]).toMatchObject({
      from: '2014-01-01',
      to: '2014-12-31',
      precision: 'approximate',
    });
  });
});

describe('"earlier this week" is before the day it is told', () => {
  it.each([
    // published on a Friday: Monday to Thursday
    ['a bomb hit a bus earlier this week', '2021-04-09', { from: '2021-04-05', to: '2021-04-08' }],
    ['قتل ثلاثة في وقت سابق من هذا الأسبوع', '2021-04-09', { from: '2021-04-05', to: '2021-04-08' }],
    // published on a Monday: only the day before is earlier
    ['earlier this week', '2021-04-05', { from: '2021-04-04', to: '2021-04-04' }],
  ] as const)('%s (%s)', (text, published, range) => {
    expect(resolve(text, published)[0]).toMatchObject(range);
  });
});
