// Rules from the fxanyof4 round (issue 12, a word list in a pattern is one group): what rules read
// through anyOf's old bare alternation they now say outright; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, ingested } from '../support/tolls.js';

describe('a weekday that opens a name in quotes ("الجمعة الحزينة"): no day of the event', () => {
  it('a shooting at a funeral "عصر أمس الأحد", of those who fell on "الجمعة الحزينة"', () => {
    expect(
      ingested(
        'حمص: قتيلان برصاص الأمن خلال تشييع ضحايا "الجمعة الحزينة"',
        [
          'أطلق عناصر الأمن النار على جنازة ضحايا "الجمعة الحزينة" في حي باب السباع بمدينة حمص عصر أمس الأحد، ما أدى إلى مقتل شابين وإصابة تسعة من المشيعين.',
        ],
        '2011-05-02',
      ),
    ).toEqual([{ from: '2011-05-01', to: '2011-05-01', governorate: 'Homs', killed: 2, wounded: 9 }]);
  });
});

describe('a side named after the dead in the same clause ("الضحايا …، بينهم عناصر في الشرطة") is among those hit', () => {
  it('a massacre by ISIS, then "ارتفع عدد الضحايا إلى 23، بينهم عناصر في الشرطة ومدنيون"', () => {
    const drafted = draftedIncidents(
      [
        'داعش يعدم 23 شخصاً غرب الرمادي',
        'أعدم عناصر تنظيم داعش، مساء أمس الثلاثاء، 23 شخصاً من أبناء عشيرة في منطقة البغدادي غرب الرمادي.',
        'وقال مصدر محلي إن التنظيم جمع الرجال في ساحة عامة، وإن عدد الضحايا ارتفع إلى 23، بينهم عناصر في الشرطة ومدنيون.',
      ].join('\n\n'),
      '2014-11-05',
    );
    expect(drafted.map((x) => x.actors.map((a) => a.en))).toEqual([['ISIS']]);
  });
});

describe('blasts that opened an assault, "تلتها اشتباكات": the fight is the event', () => {
  it('"بدأ الهجوم بتفجير عربتين مفخختين عند البوابة، تلتها اشتباكات عنيفة مع عناصر الحامية"', () => {
    const drafted = draftedIncidents(
      [
        'هجوم على مطار عسكري شرق حلب',
        'هاجم تنظيم "الدولة الإسلامية" فجر اليوم الأحد مطار الجراح العسكري في ريف حلب الشرقي، وبدأ الهجوم بتفجير عربتين مفخختين عند البوابة الرئيسية، تلتها اشتباكات عنيفة مع عناصر الحامية أسفرت عن مقتل 9 عناصر من الطرفين.',
      ].join('\n\n'),
      '2015-06-14',
    );
    expect(drafted.map((x) => x.event.type)).toEqual(['battles']);
  });
});
