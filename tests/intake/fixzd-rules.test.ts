// Rules added on the opened probe-zd (issue 12), each on an example written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';
import { draftedIncidents } from '../support/tolls.js';

const drafted = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) => [x.killed, x.wounded]);

describe('a lead whose toll it says fell in two named events sums the events told after it', () => {
  it('drops "killed nine soldiers in two attacks" over items of five and three', () => {
    expect(
      drafted(
        [
          'Militants kill nine soldiers in Kirkuk',
          'KIRKUK (Reuters) - Militants killed nine soldiers in two attacks in Kirkuk province on Tuesday, officials said.',
          'A roadside bomb killed five soldiers on a patrol near Hawija in the morning.',
          'In the evening, gunmen killed three soldiers at a checkpoint in Dibis.',
        ],
        '2021-03-03',
      ),
    ).toEqual([
      [5, null],
      [3, null],
    ]);
  });
  it('drops "مقتل 30 إرهابياً بضربة جوية وكمين" over items of 20 and 8', () => {
    expect(
      drafted(
        [
          'مقتل 30 إرهابياً في الأنبار',
          'أعلنت قيادة العمليات المشتركة، اليوم الأحد، مقتل 30 إرهابياً بضربة جوية لطيران الجيش وكمين لقطعات الحشد في محافظة الأنبار.',
          'وذكر البيان أن طيران الجيش قصف مضافة للإرهابيين في وادي حوران أسفرت عن قتل 20 إرهابياً.',
          'وأضاف أن قوة من الحشد نصبت كميناً لمجموعة إرهابية قرب القائم وقتلت ثمانية منهم.',
        ],
        '2021-03-07',
      ),
    ).toEqual([
      [20, null],
      [8, null],
    ]);
  });
});

describe('a reporting verb never takes the article', () => {
  it('dates "قرب دائرة النشر … صباح أمس الأربعاء" by the day told after the noun, not the report', () => {
    const result = ingest(
      [
        'مقتل شرطيين بانفجار في كركوك',
        'أفاد مصدر في شرطة كركوك، اليوم الخميس، بأن شرطيين اثنين قتلا بانفجار عبوة ناسفة قرب مبنى دائرة النشر وسط مدينة كركوك صباح أمس الأربعاء.',
      ].join('\n\n'),
      { published: '2021-03-04' },
    );
    expect(result.ok && result.draft.incidents.map((x) => [x.date.from, x.killed])).toEqual([
      ['2021-03-03', 2],
    ]);
  });
});

describe('an event that harmed no one is not the one that killed', () => {
  it('keeps the sniper\'s victim on the day reported when the mortar fire "من دون خسائر" was last week', () => {
    const result = ingest(
      [
        'استشهاد جندي بنيران قناص غرب كركوك',
        'أعلنت قيادة عمليات كركوك، اليوم الأربعاء، استشهاد جندي بنيران قناص من عصابات داعش في ناحية الرشاد جنوب غرب كركوك.',
        'وأضافت القيادة أن القوة ذاتها تعرضت الشهر الماضي لقصف بقذائف الهاون في المنطقة نفسها من دون وقوع إصابات.',
      ].join('\n\n'),
      { published: '2021-03-03' },
    );
    expect(
      result.ok && result.draft.incidents.map((x) => [x.date.from, x.killed ?? null]).slice(0, 1),
    ).toEqual([['2021-03-03', 1]]);
  });
});
