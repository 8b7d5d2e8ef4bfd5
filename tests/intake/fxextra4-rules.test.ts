// Rules found on drafts that are no incident (issue 12, fixer fxextra4): lead totals told of a side of
// the country or of "a city and the southern provinces", a blow told in the same sentence as another
// ("…, and one man died in a strike on …"), a count told "also" of "the strikes" the items told; each
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/intake/article/sentences.js';
import { extracted, tolls } from '../support/tolls.js';

describe('a lead total told of a side of the country sums items in any of its governorates', () => {
  it('"in northern Syria", then a strike in Aleppo and one in Idlib: the two strikes, no total', () => {
    expect(
      tolls(
        [
          'Russian air strikes killed at least five people in northern Syria on Sunday, as government forces shelled villages in the Idlib countryside, rescuers said.',
          'Warplanes hit a market in the town of Atarib in western Aleppo, killing three civilians.',
          'Separately, two men were killed when a strike hit a poultry farm near Maarat Misrin.',
        ],
        'en',
        '2020-01-13',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });

  it('"في شمال سوريا" likewise', () => {
    expect(
      tolls(
        [
          'قتل خمسة مدنيين اليوم الأحد بغارات روسية في شمال سوريا، بينما واصلت قوات النظام قصف قرى ريف إدلب.',
          'واستهدفت الغارات سوقاً في بلدة الأتارب بريف حلب الغربي، ما أدى إلى مقتل ثلاثة مدنيين.',
          'وفي حادث منفصل، قتل رجلان بغارة على مزرعة قرب معرة مصرين.',
        ],
        'ar',
        '2020-01-13',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('a lead total told of "Baghdad and the southern provinces" is placed nowhere', () => {
  it('its items in Baghdad, Basra and Babil sum it near enough: the items stay, the total goes', () => {
    expect(
      tolls(
        [
          'At least nine people were killed and 20 wounded in attacks on Tuesday, most of them in Baghdad and the southern provinces.',
          "A roadside bomb killed two soldiers and wounded five in Baghdad's Dora district.",
          'In Basra, gunmen shot dead a police officer outside his home.',
          'Four people were killed and 15 wounded when a car bomb exploded at a bus station in Hilla.',
          'A bomb planted near a shop killed one man in Amara.',
        ],
        'en',
        '2012-04-11',
      ),
    ).toEqual([
      { killed: 2, wounded: 5 },
      { killed: 1, wounded: null },
      { killed: 4, wounded: 15 },
      { killed: 1, wounded: null },
    ]);
  });
});

describe('", and one … died in a strike on …": a blow of its own, told in the sentence of another', () => {
  it('splits there', () => {
    expect(
      splitClauses(
        'A shepherd was killed by shelling near the village of Tal Tamr, and one man died in a strike on a bakery in the town of Amuda.',
        'en',
      ).map((c) => c.text),
    ).toEqual([
      'A shepherd was killed by shelling near the village of Tal Tamr,',
      'and one man died in a strike on a bakery in the town of Amuda.',
    ]);
  });

  it('so the lead total of the province sums it with the others and goes', () => {
    expect(
      extracted(
        [
          'Turkish drone strikes killed six people in Hasakah province on Wednesday, Kurdish officials said.',
          'Three fighters were killed when a drone hit their car on the road between Qamishli and Amuda.',
          'Two farmers were killed in a field south of Qamishli, and one man died in a strike on a bakery near the town of Derik.',
        ],
        'en',
        '2024-02-08',
      ).map((x) => ({ at: x.place.district?.en ?? null, killed: x.killed })),
    ).toEqual([
      { at: 'Qamishli', killed: 3 },
      { at: 'Qamishli', killed: 2 },
      { at: 'Malikiyah', killed: 1 },
    ]);
  });
});

describe('a count told "also" of "the strikes" after the items: their sum, no item\'s own', () => {
  it('"the strikes also wounded at least 14 people" adds to none of the strikes told', () => {
    expect(
      tolls(
        [
          'A drone strike killed two fighters at a checkpoint west of Qamishli on Friday, the SDF said.',
          'Separately, a strike on a grain silo near Amuda killed a guard.',
          'A monitoring group said the strikes also wounded at least 14 people.',
        ],
        'en',
        '2024-02-10',
      ),
    ).toEqual([
      { killed: 2, wounded: null },
      { killed: 1, wounded: null },
    ]);
  });
});

describe('a toll told "in the months that followed" an event long before is a total over months', () => {
  it('no incident of it, whatever city it names', () => {
    expect(
      tolls(
        [
          'Police fired tear gas at students protesting in Kut on Sunday, wounding 12 of them, a medic said.',
          'The city was a stronghold of the uprising that began in 2019. More than 500 people were killed across the country in the months that followed, most of them in Baghdad.',
        ],
        'en',
        '2022-03-14',
      ),
    ).toEqual([{ killed: null, wounded: 12 }]);
  });

  it('"في الأشهر التالية" likewise', () => {
    expect(
      tolls(
        [
          'أصيب ثمانية متظاهرين بجروح اليوم الأحد خلال مواجهات مع قوات الأمن في مدينة الكوت.',
          'وقتل نحو 600 شخص في بغداد والناصرية في الأشهر التالية لاندلاع الاحتجاجات.',
        ],
        'ar',
        '2022-03-14',
      ),
    ).toEqual([{ killed: null, wounded: 8 }]);
  });
});

describe('a toll weighed against the one told ("gave a lower figure of …") is of the same event', () => {
  it('the first toll stays, the wounded the second source adds fill it', () => {
    expect(
      tolls(
        [
          'Security forces opened fire on demonstrators outside the provincial council in Kut on Tuesday, killing six people, medics said.',
          "Wasit's health department gave a lower figure of five dead and said 40 people had been treated for gunshot wounds.",
        ],
        'en',
        '2021-03-03',
      ),
    ).toEqual([{ killed: 6, wounded: 40 }]);
  });
});

describe('people who "remain displaced" in camps: no event where the camps are', () => {
  it('"… remain displaced, most of them in camps in Duhok province" drafts nothing', () => {
    expect(
      tolls(
        [
          'A roadside bomb wounded two shepherds near the town of Sinjar on Monday, a local official said.',
          'Nine years after the Islamic State attack on the district, some 150,000 Yazidis remain displaced, most of them in camps in Duhok province.',
        ],
        'en',
        '2023-05-09',
      ),
    ).toEqual([{ killed: null, wounded: 2 }]);
  });
});

describe('a place told by what it hosts is described, not struck', () => {
  it('"Balad hosts … fighter jets" is no incident at Balad', () => {
    expect(
      extracted(
        [
          'Two rockets fell near a checkpoint at the entrance of the Green Zone in Baghdad late on Tuesday, causing no casualties, police said.',
          "Balad hosts foreign contractors who service the air force's F-16 fighter jets.",
        ],
        'en',
        '2020-02-12',
      ).map((x) => x.place.governorate?.en),
    ).toEqual(['Baghdad']);
  });
});

describe('a base named with its bearing from the capital is that base, not a spot of the capital', () => {
  it('"the Ain al-Asad air base west of Baghdad" is in Anbar', () => {
    expect(
      extracted(
        [
          'Three rockets struck the Ain al-Asad air base west of Baghdad on Sunday, wounding an Iraqi soldier, the army said.',
        ],
        'en',
        '2020-01-20',
      ).map((x) => x.place.governorate?.en),
    ).toEqual(['Anbar']);
  });
});

describe('bodies found over a day at places told only as many are a tally, no incident', () => {
  it('"عثرت الشرطة … على جثث أربعة أشخاص في مناطق متفرقة" drafts nothing beside the bombing told', () => {
    expect(
      tolls(
        [
          'قتل مدني وأصيب ثلاثة آخرون بانفجار عبوة ناسفة صباح اليوم قرب سوق في حي البياع جنوب غربي بغداد.',
          'وأضاف المصدر أن الشرطة عثرت خلال اليوم الماضي على جثث أربعة أشخاص مجهولي الهوية في مناطق متفرقة من جانب الكرخ.',
        ],
        'ar',
        '2007-05-21',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });
});

describe("the army's way of answering violations, told in the present, is no event", () => {
  it('"وترد وحدات الجيش على خروقات المجموعات الإرهابية باستهداف…" drafts nothing at the places named', () => {
    expect(
      extracted(
        [
          'أصيب ثلاثة مدنيين بجروح جراء سقوط قذائف صاروخية أطلقتها المجموعات الإرهابية اليوم على بلدة السقيلبية بريف حماة.',
          'وترد وحدات الجيش على خروقات المجموعات الإرهابية باستهداف تحركاتهم في ريف إدلب الجنوبي.',
        ],
        'ar',
        '2019-05-02',
      ).map((x) => ({ gov: x.place.governorate?.en, wounded: x.wounded })),
    ).toEqual([{ gov: 'Hama', wounded: 3 }]);
  });
});

describe('an item told after background framed by "وكان" goes on from the news, not from that day', () => {
  it('"إلى ذلك" after "وكان … أمس": the day of the lead', () => {
    expect(
      extracted(
        [
          'استشهد ثلاثة مواطنين وأصيب تسعة آخرون اليوم جراء سقوط قذائف هاون أطلقها إرهابيون على حي الميدان في مدينة حلب.',
          'وكان مدني قد استشهد أمس جراء سقوط قذيفة على حي السليمانية.',
          'إلى ذلك، دمرت وحدات من الجيش أوكاراً للإرهابيين في عدة مناطق بريف حلب.',
        ],
        'ar',
        '2013-06-10',
      ).map((x) => ({ from: x.date.from, killed: x.killed })),
    ).toEqual([
      { from: '2013-06-10', killed: 3 },
      { from: '2013-06-09', killed: 1 },
      { from: '2013-06-10', killed: null },
    ]);
  });
});

describe('a past capture named by what it has brought is the setting of the news, no event', () => {
  it('"وقد أتاحت السيطرة على … الشهر الماضي للقوات قاعدة" drafts nothing beside the attack told', () => {
    expect(
      tolls(
        [
          'قتل أربعة جنود بتفجير انتحاري استهدف نقطة تفتيش قرب الحويجة اليوم الاثنين.',
          'وقد أتاحت السيطرة على مطار القيارة الشهر الماضي للقوات العراقية قاعدة متقدمة للهجوم على الموصل.',
        ],
        'ar',
        '2016-09-06',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});
