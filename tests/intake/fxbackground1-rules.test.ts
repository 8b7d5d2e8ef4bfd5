// Rules found on background events told with their own month or day and their own toll (issue 12,
// fixer fxbackground1): one earlier blow is an incident of its own however long ago, while dead
// counted over a span stay a total; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

const rows = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  incidents(paragraphs, lang, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"In October, gunmen killed a teacher in Nasiriyah": one earlier blow by its own month, long ago', () => {
  it('is an incident of its month, in English, with no word likening it to the news', () => {
    expect(
      rows(
        [
          'A roadside bomb killed two policemen in Nasiriyah on Monday, a police source said.',
          'In October, gunmen killed a school headmaster outside his house in Nasiriyah.',
        ],
        'en',
        '2017-08-09',
      ),
    ).toEqual([
      ['2017-08-07', '2017-08-07', 'Dhi Qar', 2, null],
      ['2016-10-01', '2016-10-31', 'Dhi Qar', 1, null],
    ]);
  });
  it('is an incident of its month and year, years back', () => {
    expect(
      rows(
        [
          'A car bomb wounded four soldiers near a checkpoint in Kirkuk on Sunday, police said.',
          'In March 2013, a suicide truck bomb at an army post in Kirkuk killed nine soldiers.',
        ],
        'en',
        '2017-05-16',
      ),
    ).toEqual([
      ['2017-05-14', '2017-05-14', 'Kirkuk', null, 4],
      ['2013-03-01', '2013-03-31', 'Kirkuk', 9, null],
    ]);
  });
  it('in Arabic too', () => {
    expect(
      rows(
        [
          'قتل شرطيان بانفجار عبوة ناسفة في مدينة الناصرية، اليوم الاثنين، بحسب مصدر في الشرطة.',
          'وفي تشرين الأول 2014 اغتال مسلحون مجهولون مدير مدرسة أمام منزله في الناصرية.',
        ],
        'ar',
        '2017-08-07',
      ),
    ).toEqual([
      ['2017-08-07', '2017-08-07', 'Dhi Qar', 2, null],
      ['2014-10-01', '2014-10-31', 'Dhi Qar', 1, null],
    ]);
  });
  it('stays out when its dead were blows in the plural or a span summed', () => {
    expect(
      rows(
        [
          'A roadside bomb killed two policemen in Nasiriyah on Monday, a police source said.',
          'In October, air strikes killed 30 militants in the desert west of Nasiriyah.',
          'Since March 2015, more than 200 people have been killed in Nasiriyah.',
        ],
        'en',
        '2017-08-09',
      ),
    ).toEqual([['2017-08-07', '2017-08-07', 'Dhi Qar', 2, null]]);
  });
  it('stays out when it tells bodies found, which are where they were found', () => {
    expect(
      rows(
        [
          'A roadside bomb killed two policemen in Nasiriyah on Monday, a police source said.',
          'In November 2012, the bodies of six abducted farmers were pulled from a canal near Nasiriyah.',
        ],
        'en',
        '2017-08-09',
      ),
    ).toEqual([['2017-08-07', '2017-08-07', 'Dhi Qar', 2, null]]);
  });
});

describe('"لم يعترف التحالف إلا بمقتل 23 مدنياً خلال تلك الفترة": dead counted over the span told before', () => {
  it('are a total, not an event of the last blow told', () => {
    expect(
      rows(
        [
          'ووثق التقرير غارة جوية أصابت في 3 آذار 2016 منزلاً في حي المشلب بمدينة الرقة، ما أدى إلى مقتل ثمانية مدنيين.',
          'ولم يعترف التحالف إلا بمقتل 14 مدنياً في الرقة خلال تلك الفترة.',
        ],
        'ar',
        '2017-09-20',
      ),
    ).toEqual([['2016-03-03', '2016-03-03', 'Raqqa', 8, null]]);
  });
});
