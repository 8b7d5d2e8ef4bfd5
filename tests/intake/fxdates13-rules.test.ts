// Rules from the fxdates13 round (issue 12, dates and places): a spot held by "the countryside of" a
// governorate; a town's name told as "the X district" of a city in the other country; the bridge named
// for a river (جسر ديالى, in Baghdad); a day told "منه", of the month just told; and a count of weeks
// told "تقريباً" after it; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a spot told "in the countryside of" a governorate lies there, not at a namesake elsewhere', () => {
  it('"near Resafa, in the southern countryside of Raqqa": Raqqa, not Baghdad\'s Rusafa', () => {
    expect(
      ingested(
        'Landmine kills shepherds in Syria',
        [
          'Three shepherds were killed on Tuesday when a landmine went off in the desert near Resafa, in the southern countryside of Raqqa, a local source said.',
        ],
        '2022-02-16',
      ),
    ).toEqual([{ from: '2022-02-15', to: '2022-02-15', governorate: 'Raqqa', killed: 3, wounded: null }]);
  });
});

describe('a town\'s name told as "the X district" of a city of the other country: that city\'s quarter', () => {
  it('"in the city of Homs …", then "in the Khalidiya district": Homs, not the Khalidiya of Anbar', () => {
    expect(
      ingested(
        'Protesters shot in Homs',
        [
          'Security forces shot dead six protesters in the city of Homs on Friday, activists said.',
          'In a separate incident, a sniper killed two young men in the Khalidiya district, a resident said.',
        ],
        '2012-02-04',
      ),
    ).toEqual([
      { from: '2012-02-03', to: '2012-02-03', governorate: 'Homs', killed: 6, wounded: null },
      { from: '2012-02-03', to: '2012-02-03', governorate: 'Homs', killed: 2, wounded: null },
    ]);
  });
});

describe('"جسر ديالى", the Diyala bridge\'s quarter south-east of the capital: Baghdad', () => {
  it('"وفي منطقة جسر ديالى جنوب شرقي العاصمة" is no Diyala governorate', () => {
    expect(
      ingested(
        'مقتل جنديين بهجوم انتحاري',
        [
          'قتل جنديان وأصيب أربعة آخرون، صباح اليوم الأربعاء، بتفجير انتحاري استهدف نقطة تفتيش للجيش في منطقة جسر ديالى جنوب شرقي العاصمة.',
        ],
        '2014-03-05',
      ),
    ).toEqual([{ from: '2014-03-05', to: '2014-03-05', governorate: 'Baghdad', killed: 2, wounded: 4 }]);
  });
});

describe('"في السابع عشر منه": the day, of the month the sentence told', () => {
  it('a monthly report: "وكان أعنف الهجمات خلال الشهر في التاسع منه" is the 9th of the month ended', () => {
    expect(
      ingested(
        'حصيلة شهر من الهجمات في البادية',
        [
          'وكان أعنف الهجمات خلال الشهر في التاسع منه، حين قتل 7 عناصر من قوات النظام بكمين في بادية السخنة بريف حمص الشرقي.',
        ],
        '2022-06-01',
      ),
    ).toEqual([{ from: '2022-05-09', to: '2022-05-09', governorate: 'Homs', killed: 7, wounded: null }]);
  });
});

describe('"بعد أسبوع تقريباً من": about a week before the news, "about" told after the count', () => {
  it('"ويأتي الهجوم بعد أسبوع تقريباً من مقتل …": the earlier event a week before the lead\'s day', () => {
    expect(
      ingested(
        'مقتل شرطيين بهجوم في كركوك',
        [
          'قتل شرطيان بهجوم مسلح على نقطة تفتيش في قضاء الحويجة بمحافظة كركوك، اليوم الخميس.',
          'ويأتي الهجوم بعد أسبوع تقريباً من مقتل ثلاثة جنود بانفجار عبوة ناسفة في قضاء الحويجة.',
        ],
        '2021-09-16',
      ),
    ).toEqual([
      { from: '2021-09-16', to: '2021-09-16', governorate: 'Kirkuk', killed: 2, wounded: null },
      { from: '2021-09-09', to: '2021-09-09', governorate: 'Kirkuk', killed: 3, wounded: null },
    ]);
  });
});
