// Rules found on one event's toll told in several pieces (issue 12, fixer fxsources10): an outlet
// relaying a source's other figures of the event just told ("ونقلت وكالة … عن مصدر أن…"). Each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

const LEAD =
  'قتل 10 أشخاص على الأقل وأصيب أكثر من 15 آخرين في هجوم شنه مسلحون مجهولون على رعاة أغنام في بادية السخنة شرقي حمص، ليل الجمعة - السبت، بحسب ما أفاد المرصد السوري لحقوق الإنسان.';

describe('"ونقلت وكالة … عن مصدر أن 8 قتلوا" after another source\'s toll: that event in the relayed figures', () => {
  it('keeps one incident, the first figures, when the relayed counts are lower', () => {
    expect(
      rows(
        'هجوم على رعاة في بادية حمص',
        [
          LEAD,
          'ونقلت وكالة سانا عن مصدر في الشرطة أن 8 مدنيين قتلوا وأصيب 6 آخرون جراء اعتداء إرهابي على الرعاة.',
        ],
        '2022-05-08',
      ),
    ).toEqual([['2022-05-06', '2022-05-07', 'Homs', 10, 15]]);
  });

  it('does so when the relayed source is an office of the province', () => {
    expect(
      rows(
        'هجوم على رعاة في بادية حمص',
        [LEAD, 'ونقلت الوكالة الرسمية عن مصدر في قيادة شرطة حمص أن ثمانية مدنيين قتلوا.'],
        '2022-05-08',
      ),
    ).toEqual([['2022-05-06', '2022-05-07', 'Homs', 10, 15]]);
  });

  it('leaves a relayed blow of its own elsewhere its own incident', () => {
    expect(
      rows(
        'هجمات في حمص ودرعا',
        [
          LEAD,
          'ونقلت وكالة سانا عن مصدر في الشرطة أن 3 مدنيين قتلوا في انفجار عبوة ناسفة بمدينة درعا يوم الأحد.',
        ],
        '2022-05-08',
      ).length,
    ).toBe(2);
  });
});
