// Rules added on probe-zn and probe-zo (issue 12), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const tolls = (text: string, published: string) =>
  draftedIncidents(text, published).map((x) => ({
    from: x.date?.from ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('a risen toll reported first, then the event in the pluperfect with its day, is one event', () => {
  it('reads "أفاد مصدر … بارتفاع حصيلة" as a risen toll and takes the pluperfect day as the event\'s', () => {
    expect(
      tolls(
        [
          'ارتفاع حصيلة تفجير استهدف عجلة للشرطة قرب الشرقاط إلى أربعة قتلى',
          'أفاد مصدر في شرطة صلاح الدين بارتفاع حصيلة ضحايا التفجير الذي استهدف عجلة للشرطة قرب قضاء الشرقاط إلى أربعة قتلى.',
          'وكان ثلاثة شرطيين قد قتلوا وأصيب اثنان آخران مساء أمس الأربعاء، عندما انفجرت عبوة ناسفة بعجلتهم على طريق ترابي جنوبي الشرقاط.',
        ].join('\n\n'),
        '2021-03-11',
      ),
    ).toEqual([{ from: '2021-03-10', killed: 4, wounded: 2 }]);
  });
});

describe('fewer wounded still in care after the toll rose are the wounded now', () => {
  it('reads the dual "جريحان" as two still in care', () => {
    expect(
      tolls(
        [
          'ارتفاع حصيلة انفجار عبوة في الطارمية إلى قتيلين',
          'ارتفعت حصيلة ضحايا انفجار العبوة الناسفة التي استهدفت سيارة مدنية في قضاء الطارمية شمالي بغداد، مساء أمس الثلاثاء، إلى قتيلين.',
          'وكان شخص قد قتل وأصيب ثلاثة آخرون بالانفجار، وقال مصدر طبي إن أحد الجرحى توفي متأثراً بجراحه، فيما لا يزال جريحان يتلقيان العلاج في مستشفى الكاظمية.',
        ].join('\n\n'),
        '2022-06-08',
      ),
    ).toEqual([{ from: '2022-06-07', killed: 2, wounded: 2 }]);
  });
});
