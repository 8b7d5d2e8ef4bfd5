// Rules from the fxupdate round (issue 12, a toll that rises or is updated within one article): the
// count a teller gives as its later word on the event stands for it, even in the sentence that
// tells the earlier count; a rise that names a town is of the event told there; a lead told before
// the update sums the items as first told. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingestedParagraphs } from '../support/tolls.js';

describe('the count a teller gives as its later word replaces the first one', () => {
  it('"وقال المصدر في تصريح لاحق …" after a flash of three dead: one incident, the later count', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل أربعة من الجيش بهجوم في الطارمية',
          'أفاد مصدر أمني، اليوم الأحد، بمقتل ثلاثة جنود بهجوم مسلح على ثكنة في قضاء الطارمية شمالي بغداد.',
          'وقال المصدر في تصريح لاحق إن الهجوم أسفر عن مقتل أربعة جنود وإصابة خمسة آخرين.',
        ],
        '2022-05-08',
      ),
    ).toEqual([{ from: '2022-05-08', to: '2022-05-08', governorate: 'Baghdad', killed: 4, wounded: 5 }]);
  });

  it('"In an updated statement, police said …": one incident, the later count', () => {
    expect(
      ingestedParagraphs(
        [
          'Bomb kills four in Kirkuk',
          'A roadside bomb exploded near a market in Kirkuk on Sunday, killing two people, police said.',
          'In an updated statement, police said four people were killed and nine wounded.',
        ],
        '2014-03-09',
      ),
    ).toEqual([{ from: '2014-03-09', to: '2014-03-09', governorate: 'Kirkuk', killed: 4, wounded: 9 }]);
  });

  it('the first toll, "قبل أن تعلن … الحصيلة النهائية، وهي …", in one sentence: the final count', () => {
    expect(
      ingestedParagraphs(
        [
          'تفجير في القامشلي',
          'انفجرت سيارة مفخخة مساء أمس السبت قرب دوار في مدينة القامشلي.',
          'وكانت الحصيلة الأولية تشير إلى مقتل اثنين وإصابة أربعة، قبل أن تعلن الشرطة صباح اليوم الحصيلة النهائية، وهي ثلاثة قتلى وسبعة جرحى.',
        ],
        '2019-07-14',
      ),
    ).toEqual([{ from: '2019-07-13', to: '2019-07-13', governorate: 'Hasakah', killed: 3, wounded: 7 }]);
  });
});

describe('a rise told with the count it replaced is the update, not an earlier report', () => {
  it('nine dead, then "وكانت الشبكة قد أعلنت ظهراً مقتل تسعة …، قبل أن ترتفع الحصيلة مساءً إلى 15": fifteen', () => {
    expect(
      ingestedParagraphs(
        [
          'قصف على دوما',
          'قتل تسعة مدنيين اليوم الأحد بقصف لقوات النظام على مدينة دوما، بحسب ناشطين.',
          'وكانت شبكة محلية قد أعلنت ظهر اليوم مقتل تسعة في المدينة، قبل أن ترتفع الحصيلة مساءً إلى 15 قتيلاً و40 جريحاً.',
        ],
        '2013-03-10',
      ),
    ).toEqual([
      { from: '2013-03-10', to: '2013-03-10', governorate: 'Rif Dimashq', killed: 15, wounded: 40 },
    ]);
  });
});

describe('a rise that names a town is the toll of the event told there', () => {
  it('a lead of four, three at one town and one at another, then "ارتفاع حصيلة قتلى سراقب إلى خمسة"', () => {
    expect(
      ingestedParagraphs(
        [
          'قتلى بقصف على ريف إدلب',
          'قتل أربعة مدنيين، اليوم الخميس، بقصف على مدن وبلدات في ريف إدلب.',
          'وقال مراسلنا إن الطائرات الحربية شنت غارات على مدينة سراقب، ما أدى إلى مقتل ثلاثة مدنيين وإصابة ستة آخرين، في حصيلة أولية.',
          'وقتل مدني بقصف مدفعي على بلدة كفرنبل.',
          'تحديث: أعلن الدفاع المدني مساء ارتفاع حصيلة قتلى سراقب إلى خمسة.',
        ],
        '2019-08-01',
      ),
    ).toEqual([
      { from: '2019-08-01', to: '2019-08-01', governorate: 'Idlib', killed: 5, wounded: 6 },
      { from: '2019-08-01', to: '2019-08-01', governorate: 'Idlib', killed: 1, wounded: null },
    ]);
  });
});

describe('a telling whose toll rose to the dead the lead counted is the lead’s event', () => {
  it('"killed 20 militants on Sunday", then "repelled an attack …, killing 15", "bringing the toll to 20": one incident', () => {
    expect(
      ingestedParagraphs(
        [
          'Iraqi forces kill 20 militants west of Ramadi',
          'Iraqi security forces killed 20 Islamic State militants on Sunday in clashes west of Ramadi, an army officer said.',
          'The troops, backed by coalition aircraft, repelled an IS attack on their positions near the town of Hit, killing 15 militants, the officer said.',
          'Later in the day, he said the bodies of five more militants were found nearby, bringing the toll to 20. Two soldiers were wounded in the fighting, he added.',
        ],
        '2016-04-10',
      ),
    ).toEqual([{ from: '2016-04-10', to: '2016-04-10', governorate: 'Anbar', killed: 20, wounded: 2 }]);
  });
});

describe('a town spelled as reporters spell it', () => {
  it('"near the border town of Derbasiyah": Hasakah', () => {
    expect(
      ingestedParagraphs(
        [
          'Shelling near Derbasiyah',
          'Artillery shells hit a village near the border town of Derbasiyah on Monday, wounding two farmers, local officials said.',
        ],
        '2018-01-15',
      ),
    ).toEqual([{ from: '2018-01-15', to: '2018-01-15', governorate: 'Hasakah', killed: null, wounded: 2 }]);
  });
});
