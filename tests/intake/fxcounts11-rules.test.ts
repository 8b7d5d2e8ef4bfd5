// Rules from the fxcounts11 round (issue 12, casualty counts of matched incidents): a disease caught
// ("إصابته بفيروس كورونا") is no wound, and one person's illness does not make an article about an
// attack one about an epidemic; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { woundedLeftOfCounted } from '../../src/intake/tolls/wounded-died/phrases.js';
import { ingested } from '../support/tolls.js';

describe('a disease caught: no wound', () => {
  it('"بسبب إصابته بفيروس كورونا": no one wounded by the pronoun', () => {
    expect(
      findCasualties(matchView('وغاب شقيقه عن مجلس العزاء بسبب إصابته بفيروس كورونا'), 'ar').wounded,
    ).toBeNull();
  });
  it('"وكان المدير قد أصيب بفيروس كورونا": no one wounded by the passive', () => {
    expect(
      findCasualties(matchView('وكان المدير قد أصيب بفيروس كورونا قبل أسبوعين'), 'ar').wounded,
    ).toBeNull();
  });
});

describe('one person’s illness: no epidemic article', () => {
  it('an attack’s wounded stand beside a mourner kept away "بسبب إصابته بفيروس كورونا"', () => {
    expect(
      ingested(
        'تشييع جنديين قتلا بهجوم في ديالى',
        [
          'شيّع أهالي قضاء بلدروز، اليوم الأربعاء، جثماني جنديين قتلا بهجوم لمسلحين على نقطة للجيش في ناحية مندلي بمحافظة ديالى مساء أمس الثلاثاء.',
          'وكان الهجوم قد أسفر، بحسب بيان للجيش، عن مقتل جنديين بينهم نائب ضابط، وإصابة ثلاثة آخرين، بعد أن فتح المهاجمون النار على النقطة من بساتين قريبة.',
          'وقال شقيق أحد القتيلين إن والده لم يحضر التشييع بسبب إصابته بفيروس كورونا.',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ from: '2021-03-09', to: '2021-03-09', governorate: 'Diyala', killed: 2, wounded: 3 }]);
  });
});

describe('"أحد الجرحى الأربعة توفي": the wounded counted, less the one who died', () => {
  it('after a burial of the dead, "أحد الجرحى الخمسة توفي … ليرتفع عدد القتلى إلى أربعة": four dead, four wounded', () => {
    expect(
      ingested(
        'تشييع ضحايا هجوم على سيارة جنوب كركوك',
        [
          'شيّع أهالي ناحية الرشاد جنوب كركوك، اليوم الاثنين، جثامين ثلاثة من أبنائها قتلوا بهجوم مسلح استهدف سيارتهم على طريق الناحية مساء أمس الأحد.',
          'وقال مصدر في الشرطة إن "أحد الجرحى الخمسة توفي صباح اليوم في مستشفى كركوك العام، ليرتفع عدد القتلى إلى أربعة".',
        ],
        '2019-04-15',
      ),
    ).toEqual([{ from: '2019-04-14', to: '2019-04-14', governorate: 'Kirkuk', killed: 4, wounded: 4 }]);
  });
  it('"بعد وفاة أحد المصابين الثلاثة": two wounded left', () => {
    expect(
      woundedLeftOfCounted(
        matchView('ارتفع عدد القتلى إلى ثلاثة بعد وفاة أحد المصابين الثلاثة متأثراً بجراحه').text,
      ),
    ).toBe(2);
  });
});

describe('"سبعة من مقاتلي الحشد الشعبي والقوات الأمنية استشهدوا": a count of two bodies joined by "و"', () => {
  it('the passive verb counts them, however far back the count stands', () => {
    expect(
      findCasualties(
        matchView('وقال المتحدث إن "ستة من منتسبي الشرطة الاتحادية والجيش العراقي استشهدوا خلال المعارك"'),
        'ar',
      ).killed,
    ).toBe(6);
  });
  it('"خمسة من عناصر الجيش والحشد الشعبي قتلوا"', () => {
    expect(findCasualties(matchView('وأكد أن خمسة من عناصر الجيش والحشد الشعبي قتلوا'), 'ar').killed).toBe(5);
  });
});

describe('"a suicide bomber killed only himself": no dead', () => {
  it('the wounded told after stand alone', () => {
    expect(
      ingested(
        'Bombings across Iraq',
        [
          'In Baiji, a suicide bomber killed only himself when he set off his vest at a police checkpoint on Sunday. Two policemen were wounded.',
        ],
        '2012-05-07',
      ),
    ).toEqual([
      { from: '2012-05-06', to: '2012-05-06', governorate: 'Salahuddin', killed: null, wounded: 2 },
    ]);
  });
});
