// Rules from the fxplaces11 round (issue 12, places): towns and quarters the gazetteer lacked, "the
// town" pointing back in Arabic, a pipeline's ends, AFP's Arabic dateline and the orchards of a town;
// on sentences written for them.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('places the gazetteer lacked: southern Damascus, western Homs, al-Fuah, Imam Gharbi, al-Fatha', () => {
  it('"سقطت قذائف هاون على حي التضامن" in a story told from the countryside: Damascus', () => {
    expect(
      ingested(
        'قذائف على أحياء جنوب العاصمة',
        [
          'قال ناشطون من ريف دمشق إن قذائف هاون سقطت صباح اليوم على حي التضامن، ما أدى إلى مقتل امرأة وإصابة ثلاثة أطفال.',
        ],
        '2014-02-10',
        'ar',
      ),
    ).toEqual([{ from: '2014-02-10', to: '2014-02-10', governorate: 'Damascus', killed: 1, wounded: 3 }]);
  });

  it('"قصف استهدف قرية الزارة قرب قلعة الحصن" after fighting told in Hama: Homs', () => {
    expect(
      ingested(
        'معارك على جبهات عدة',
        [
          'تواصلت الاشتباكات في ريف حماة الشمالي أمس الجمعة دون حصيلة.',
          'وقتل ثلاثة مقاتلين أمس في قصف مدفعي استهدف قرية الزارة قرب قلعة الحصن.',
        ],
        '2014-03-08',
        'ar',
      ),
    ).toContainEqual({ from: '2014-03-07', to: '2014-03-07', governorate: 'Homs', killed: 3, wounded: null });
  });

  it('"shells fell on al-Fuah" in a story on a siege near Damascus: Idlib', () => {
    expect(
      ingested(
        'هدنة متعثرة في الزبداني',
        [
          'تواصلت المعارك في مدينة الزبداني بريف دمشق دون أن يعلن أي من الطرفين عن خسائره.',
          'وفي الشمال، قتل طفلان مساء أمس جراء سقوط قذائف على بلدة الفوعة المحاصرة، بحسب مصادر موالية.',
        ],
        '2015-09-02',
        'ar',
      ),
    ).toContainEqual({
      from: '2015-09-01',
      to: '2015-09-01',
      governorate: 'Idlib',
      killed: 2,
      wounded: null,
    });
  });

  it('"the village of Imam Gharbi north of Shirqat": Nineveh, whatever town it is measured from', () => {
    expect(
      ingested(
        'هجوم على قرية جنوب الموصل',
        [
          'قتل خمسة من مقاتلي العشائر في هجوم شنه مسلحون فجر اليوم على قرية الإمام غربي شمال الشرقاط، بحسب مصدر أمني.',
        ],
        '2017-03-04',
        'ar',
      ),
    ).toEqual([{ from: '2017-03-04', to: '2017-03-04', governorate: 'Nineveh', killed: 5, wounded: null }]);
  });

  it('"a checkpoint in the al-Fatha area" in a Hawija story: Salahuddin', () => {
    expect(
      ingested(
        'معارك الحويجة',
        [
          'تتواصل العمليات العسكرية في قضاء الحويجة منذ ثلاثة أيام.',
          'وقال مصدر أمني إن انتحارياً فجر نفسه مساء اليوم قرب حاجز للجيش في منطقة الفتحة، ما أسفر عن مقتل جنديين.',
        ],
        '2017-09-25',
        'ar',
      ),
    ).toContainEqual({
      from: '2017-09-25',
      to: '2017-09-25',
      governorate: 'Salahuddin',
      killed: 2,
      wounded: null,
    });
  });
});

describe('the orchards of a town name the town', () => {
  it('"في بساتين القصير" after strikes told in Hama: al-Qusayr, a name that is also a word', () => {
    expect(
      ingested(
        'حصاد يوم دام',
        [
          'قصفت الطائرات قرى ريف حماة الشمالي صباح اليوم دون أنباء عن ضحايا.',
          'وفي ريف آخر، قتل شاب برصاص قناص أثناء عمله في بساتين القصير.',
        ],
        '2013-04-02',
        'ar',
      ),
    ).toContainEqual({ from: '2013-04-02', to: '2013-04-02', governorate: 'Homs', killed: 1, wounded: null });
  });
});

describe('"the town" in Arabic points back at the town the sentence or the one before told', () => {
  it('"قصفت … مدينة X، إذ سقطت براميل على الحي الشرقي للمدينة، ما أدى …", another governorate told after', () => {
    expect(
      ingested(
        'قصف جديد',
        [
          'واصلت قوات النظام حصارها لمدينة داريا، إذ ألقت المروحيات أمس براميل متفجرة على الحي الشرقي للمدينة، ما أدى إلى مقتل خمسة مدنيين.',
          'ويرى محللون أن النظام يريد حسم المعركة قبل أن يتقدم المعارضون في ريف حلب.',
        ],
        '2016-02-11',
        'ar',
      ),
    ).toContainEqual({
      from: '2016-02-10',
      to: '2016-02-10',
      governorate: 'Rif Dimashq',
      killed: 5,
      wounded: null,
    });
  });
});

describe("AFP's Arabic dateline, with the country, the day and the agency in brackets", () => {
  it('"كركوك (العراق) 3-2 (اف ب) - …" places nothing: the town the sentence names does', () => {
    expect(
      ingested(
        'مقتل شرطيين',
        ['كركوك (العراق) 3-2 (اف ب) - قتل شرطيان اليوم الخميس بانفجار عبوة ناسفة في منطقة العوجة.'],
        '2005-02-03',
        'ar',
      ),
    ).toEqual([
      { from: '2005-02-03', to: '2005-02-03', governorate: 'Salahuddin', killed: 2, wounded: null },
    ]);
  });
});

describe('the ends of what a pipeline carries are not where it was hit', () => {
  it('"قرب الأنبوب الذي ينقل الخام من حقول X إلى ميناء Y، في منطقة Z": Z', () => {
    expect(
      ingested(
        'تفجير أنبوب نفط',
        [
          'قتل حارس وأصيب اثنان آخران مساء أمس بانفجار عبوة ناسفة قرب الأنبوب الذي ينقل الخام من حقول كركوك إلى ميناء جيهان، في منطقة الفتحة، بحسب مصدر في الشرطة.',
        ],
        '2006-03-08',
        'ar',
      ),
    ).toEqual([{ from: '2006-03-07', to: '2006-03-07', governorate: 'Salahuddin', killed: 1, wounded: 2 }]);
  });
});

describe('where the shells were fired from is not where they fell', () => {
  it('"fired by insurgents …, from their positions in the nearby town of X": the toll after stays at the town hit', () => {
    expect(
      ingested(
        'Rockets kill two',
        [
          "DAMASCUS, March 7 (Xinhua) -- Two women were killed and five people wounded late on Sunday when rebels fired rockets at the besieged town of al-Foua in Syria's northwestern province of Idlib, state media reported.",
          'The rockets were fired by insurgents of an Islamist alliance, from their positions in the nearby town of Binnish, the agency said.',
          'A war monitor put the toll at one dead.',
        ],
        '2016-03-07',
      ),
    ).toEqual([{ from: '2016-03-06', to: '2016-03-06', governorate: 'Idlib', killed: 2, wounded: 5 }]);
  });
});
