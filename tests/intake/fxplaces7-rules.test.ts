// Rules from the fxplaces7 round (issue 12, the governorate of a told place): an item of a roundup's
// list that names only its village lies in the place heading the list; a word told with an age is a
// person's name, not a place; a governorate named as a border is not the place of the spot against
// it; a street, square or resort named after a governorate places nothing; the Garmiyan
// administration is Kalar's, in Sulaymaniyah. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, ingested } from '../support/tolls.js';

describe('an item of a roundup list naming only its village: the place heading the list', () => {
  it('"Aleppo countryside" on its own line, then "- Kafr Hamra: two killed…"', () => {
    expect(
      ingested(
        'Shelling kills five in Idlib and Aleppo countryside on Sunday',
        [
          'Rescue teams responded on Sunday, March 8, to shelling across the north-west. Teams recovered the following:',
          'Idlib countryside',
          '- Saraqib: three women killed by artillery fire on the market.',
          'Aleppo countryside',
          '- Kafr Hamra: two farmers killed and four injured by rocket fire on their fields.',
        ],
        '2020-03-09',
      ),
    ).toEqual([
      { from: '2020-03-08', to: '2020-03-08', governorate: 'Idlib', killed: 3, wounded: null },
      { from: '2020-03-08', to: '2020-03-08', governorate: 'Aleppo', killed: 2, wounded: 4 },
    ]);
  });
});

describe('a word told with an age right after it: a person named, not a place', () => {
  it('"بينهم الأم فاطمة (٤٠ عاماً)" in the clause of the strike does not read Atmeh out of the name', () => {
    expect(
      ingested(
        'قتلى بغارات على أحياء دير الزور',
        [
          'قتل 12 مدنياً بغارات جوية على أحياء في مدينة دير الزور خلال اليومين الماضيين.',
          'وقال ناشطون إن غارة استهدفت ظهر أمس الأحد منزلاً في حي الرشدية، ما أدى إلى مقتل سبعة مدنيين، بينهم الأم فاطمة (٤٠ عاماً) وأطفالها.',
        ],
        '2017-09-11',
      ).map((x) => x.governorate),
    ).toEqual(['Deir ez-Zor', 'Deir ez-Zor']);
  });
});

describe('a governorate named as a border: the line the spot lies against, not its place', () => {
  it('"في منطقة زراعية بين قرية X وحدود كركوك" retells the blast told in Salahuddin', () => {
    expect(
      ingested(
        'مقتل مزارع بانفجار عبوة في صلاح الدين',
        [
          'أفاد مصدر أمني في محافظة صلاح الدين، اليوم الاثنين، بمقتل مزارع وإصابة اثنين بانفجار عبوة ناسفة في قرية البو حسن.',
          'وقال المصدر إن "العبوة انفجرت في منطقة زراعية بين قرية البو حسن وحدود كركوك، ما أدى إلى مقتل مزارع وإصابة اثنين".',
        ],
        '2022-05-16',
      ),
    ).toEqual([{ from: '2022-05-16', to: '2022-05-16', governorate: 'Salahuddin', killed: 1, wounded: 2 }]);
  });
});

describe('a street, square or resort named after a governorate: no place of its own', () => {
  it('"قرب شارع الأنبار وسط المدينة" in a story of Karbala stays in Karbala', () => {
    expect(
      ingested(
        'قتيلان بسقوط صواريخ على كربلاء',
        [
          'قتل شخصان وأصيب ثلاثة آخرون، مساء الجمعة، بسقوط صواريخ على مدينة كربلاء.',
          'وفي حادث منفصل، أصيب شرطي بانفجار عبوة ناسفة قرب شارع الأنبار وسط المدينة صباح السبت.',
        ],
        '2020-01-11',
      ).map((x) => x.governorate),
    ).toEqual(['Karbala', 'Karbala']);
  });
});

describe('a spot told only by the administration it belongs to: "التابعة لإدارة كرميان" is Kalar', () => {
  it('an attack at a village of Garmiyan the gazetteer does not know lies in Sulaymaniyah', () => {
    expect(
      ingested(
        'مقتل عنصر من البيشمركة بهجوم لداعش',
        [
          'قتل عنصر من البيشمركة وأصيب آخر، مساء السبت، بهجوم شنه مسلحو داعش على نقطة في قرية كولجو التابعة لإدارة كرميان.',
        ],
        '2021-03-14',
      ),
    ).toEqual([{ from: '2021-03-13', to: '2021-03-13', governorate: 'Sulaymaniyah', killed: 1, wounded: 1 }]);
  });
});

// Rules from the second fxplaces7 round (issue 12, an event placed where its own words put it): where
// the fighters fled or the prisoners were sent is their destination, not the event's place; a quarter
// told in "the city" before any event was placed is a quarter of the city of the title, whatever city
// the gazetteer knows the name in. Each on sentences written for it.
describe('where people fled or were sent is not the place', () => {
  it('"وفرار من تبقى منهم باتجاه بلدة … في ريف حلب": the town the title names, not Aleppo', () => {
    expect(
      ingested(
        'الجيش يسيطر على بلدة مورك بريف حماة الشمالي',
        [
          'أعادت وحدات الجيش الأمن إلى بلدة مورك بريف حماة الشمالي.',
          'وقال المراسل إن الوحدات خاضت أمس الثلاثاء اشتباكات على محاور البلدة انتهت بمقتل سبعة مسلحين وفرار من تبقى منهم باتجاه بلدة خان طومان في ريف حلب الجنوبي.',
        ],
        '2017-03-22',
        'ar',
      ),
    ).toEqual([{ from: '2017-03-21', to: '2017-03-21', governorate: 'Hama', killed: 7, wounded: null }]);
  });

  it('"after a row over the transfer of some inmates to Basra": the prison\'s town, not Basra', () => {
    expect(
      incidents(
        [
          'A riot broke out on Friday at the central prison in Nasiriyah, police said.',
          'Inmates attacked the guards with knives after a row over the transfer of some inmates to Basra, killing two of them and wounding six.',
        ],
        'en',
        '2016-06-11',
      ),
    ).toEqual([{ from: '2016-06-10', to: '2016-06-10', governorate: 'Dhi Qar', killed: 2, wounded: 6 }]);
  });

  it('"فروا من قرية … إلى …": whence they fled stays the place', () => {
    expect(
      incidents(
        ['قتل ثلاثة مدنيين اليوم الاثنين برصاص قناص أثناء فرارهم من بلدة تلبيسة إلى مدينة حماة.'],
        'ar',
        '2012-06-04',
      ),
    ).toEqual([{ from: '2012-06-04', to: '2012-06-04', governorate: 'Homs', killed: 3, wounded: null }]);
  });
});

describe('a quarter told "in the city" before any event was placed', () => {
  it('"في حي الحرية وسط المدينة" after a title on Mosul: Nineveh, not the Baghdad quarter', () => {
    expect(
      ingested(
        'السجن المؤبد لمدانين بتفجير عبوة في الموصل',
        [
          'قضت محكمة الجنايات اليوم الأحد بالسجن المؤبد على مدانين بتفجير عبوة ناسفة في حي الحرية وسط المدينة، في آب من العام الماضي، ما أسفر عن مقتل ثلاثة مدنيين.',
        ],
        '2019-03-10',
        'ar',
      ),
    ).toEqual([{ from: '2018-08-01', to: '2018-08-31', governorate: 'Nineveh', killed: 3, wounded: null }]);
  });
});
