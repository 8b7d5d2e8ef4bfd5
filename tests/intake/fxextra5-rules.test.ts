// Rules from the fxextra5 round (issue 12, drafts of things that are not incidents of their own): a
// device defused, a trend or a habit, measures taken after an event, the weapons of the blow told
// again, a source's report of the day before a risen toll, and the answer to a blow at its own place;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingestedParagraphs } from '../support/tolls.js';

describe('a device defused is no blast of its own', () => {
  it('"فككت وحدة الهندسة عبوة أخرى … قرب مكان الانفجار": the one blast only', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل شخص بانفجار عبوة في حمص',
          'قتل شخص وأصيب ثلاثة آخرون بانفجار عبوة ناسفة في حي الزهراء بمدينة حمص صباح اليوم الثلاثاء.',
          'وبعد ساعة، فككت وحدة الهندسة عبوة أخرى وجدت في حاوية قمامة بالقرب من مكان الانفجار.',
        ],
        '2024-05-14',
      ),
    ).toEqual([{ from: '2024-05-14', to: '2024-05-14', governorate: 'Homs', killed: 1, wounded: 3 }]);
  });

  it('"Army engineers later defused a second bomb near the scene of the blast": the one blast only', () => {
    expect(
      ingestedParagraphs(
        [
          'Bomb kills two in Kirkuk',
          'A roadside bomb killed two people and wounded five in Kirkuk on Tuesday, police said.',
          'Army engineers later defused a second bomb hidden near the scene of the explosion.',
        ],
        '2024-05-15',
      ),
    ).toEqual([{ from: '2024-05-14', to: '2024-05-14', governorate: 'Kirkuk', killed: 2, wounded: 5 }]);
  });
});

describe('a trend or a habit told of many events is no incident', () => {
  it('"Protests … have spread across the region in recent days": the one deadly protest only', () => {
    expect(
      ingestedParagraphs(
        [
          'Protest turns deadly in Basra',
          'One protester was killed and six were wounded when police fired on demonstrators outside the governorate building in Basra on Saturday evening, medics said.',
          'The governor announced a curfew and ordered an inquiry.',
          'Protests against the power cuts have spread across the region in recent days.',
        ],
        '2024-05-14',
      ),
    ).toEqual([{ from: '2024-05-11', to: '2024-05-11', governorate: 'Basra', killed: 1, wounded: 6 }]);
  });

  it('"إذ لم تتوقف قوات النظام عن استهداف …": the one shelling only', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل طفلين بقصف على ريف إدلب',
          'قتل طفلان بقصف مدفعي على بلدة سرمين بريف إدلب مساء أمس الاثنين.',
          'ويأتي القصف رغم الاتفاق الموقع في نيسان الماضي، إذ لم تتوقف قوات النظام عن استهداف قرى ريف حماة الشمالي.',
        ],
        '2024-05-14',
      ),
    ).toEqual([{ from: '2024-05-13', to: '2024-05-13', governorate: 'Idlib', killed: 2, wounded: null }]);
  });
});

describe('measures taken after an event are not another event', () => {
  it('"imposed a curfew … on Sunday, a day after gunmen attacked …": the attack only, on its day', () => {
    expect(
      ingestedParagraphs(
        [
          'Curfew in Tikrit after attack',
          'Authorities imposed a curfew in Tikrit and sent reinforcements to the city on Sunday, a day after gunmen attacked a police station there.',
          'Four policemen were killed on Saturday when gunmen stormed the station in Tikrit, a police officer said.',
        ],
        '2024-05-12',
      ),
    ).toEqual([
      { from: '2024-05-11', to: '2024-05-11', governorate: 'Salahuddin', killed: 4, wounded: null },
    ]);
  });
});

describe('the weapons of the blow told, told again, are no blow of their own', () => {
  it('"ليرتفع عدد الصواريخ التي سقطت إلى ثلاثة": the count of the blow\'s rockets, not another blow', () => {
    expect(
      ingestedParagraphs(
        [
          'إصابة جنديين بقصف على قاعدة في الأنبار',
          'أصيب جنديان بسقوط صواريخ على قاعدة عين الأسد في محافظة الأنبار مساء أمس الأحد.',
          'وقال المصدر إن صاروخا ثالثا عثر على بقاياه صباح اليوم قرب المدرج، ليرتفع عدد الصواريخ التي سقطت على القاعدة إلى ثلاثة.',
        ],
        '2024-05-13',
      ),
    ).toEqual([{ from: '2024-05-12', to: '2024-05-12', governorate: 'Anbar', killed: null, wounded: 2 }]);
  });
});

describe("a source's report of the day before a risen toll is the first telling of the same event", () => {
  it('"بارتفاع عدد المصابين … إلى خمسة", then "وكان مصدر أمني قد أفاد مساء أمس … إصابة اثنين": one incident of five', () => {
    expect(
      ingestedParagraphs(
        [
          'ارتفاع عدد المصابين بقصف مطار الموصل',
          'أفاد مصدر أمني في محافظة نينوى، اليوم الثلاثاء، بارتفاع عدد المصابين جراء سقوط قذائف على مطار الموصل مساء أمس الاثنين إلى خمسة.',
          'وكان مصدر أمني قد أفاد مساء أمس، بسقوط أربع قذائف هاون على مطار الموصل جنوبي نينوى، ما أدى إلى إصابة اثنين من العاملين بجروح طفيفة.',
        ],
        '2024-05-14',
      ),
    ).toEqual([{ from: '2024-05-13', to: '2024-05-13', governorate: 'Nineveh', killed: null, wounded: 5 }]);
  });
});

describe('the answer to a blow, at the places it came from, gives that blow no place', () => {
  it('"كما أصيب … في شارع …", then "وردت وحدات الجيش على مصادر القذائف في محيط …": the two blows in the city', () => {
    expect(
      ingestedParagraphs(
        [
          'إصابة ستة بقذائف على أحياء دمشق',
          'أصيب أربعة مدنيين بقذيفة سقطت على حي المزة بمدينة دمشق ظهر اليوم.',
          'كما أصيب طفلان جراء سقوط قذيفة على شارع الثورة، وفق مصدر في الشرطة.',
          'وردت وحدات من الجيش على مصادر إطلاق القذائف في محيط مدينة دوما بريف دمشق.',
        ],
        '2024-05-14',
      ),
    ).toEqual([
      { from: '2024-05-14', to: '2024-05-14', governorate: 'Damascus', killed: null, wounded: 4 },
      { from: '2024-05-14', to: '2024-05-14', governorate: 'Damascus', killed: null, wounded: 2 },
    ]);
  });
});
