// Rules from the fxkilled8 round (issue 12, a killed count read from another number of the text): a
// toll told first and risen long after it, the doers counted in the dual before the one they
// killed, villagers counted in the dual (so a lead's total is not glued to their item), the kin
// killed with the object of an active verb, an ordinal before the person noun, and a lead of two
// kinds of event lending neither; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, ingested } from '../support/tolls.js';

describe('a toll told first, the event described at length before "ارتفع إلى": the risen figure', () => {
  it('"أن عدد قتلى التفجير … مساء الخميس ارتفع إلى سبعة بعد أن توفي اثنان من الجرحى"', () => {
    expect(
      ingested(
        'ارتفاع حصيلة تفجير كركوك',
        [
          'قال مصدر في الشرطة إن عدد قتلى التفجير بسيارة مفخخة على حاجز للجيش في جنوب مدينة كركوك مساء الخميس ارتفع إلى سبعة بعد أن توفي اثنان من الجرحى في المستشفى.',
        ],
        '2015-03-07',
      ),
    ).toEqual([{ from: '2015-03-05', to: '2015-03-05', governorate: 'Kirkuk', killed: 7, wounded: null }]);
  });
});

describe('the doers counted in the dual right after the verb, then the one they killed', () => {
  it('"اغتال مسلحان مجهولان يستقلان سيارة معلماً": one killed, not the two who killed him', () => {
    expect(
      ingested(
        'اغتيال معلم في ريف درعا',
        ['اغتال مسلحان مجهولان يستقلان سيارة معلماً أمام منزله في مدينة نوى بريف درعا مساء أمس الثلاثاء.'],
        '2021-09-15',
      ),
    ).toEqual([{ from: '2021-09-14', to: '2021-09-14', governorate: 'Daraa', killed: 1, wounded: null }]);
  });

  it('"قتل مسلحان مجهولان شاباً": the object counted', () => {
    expect(
      ingested(
        'مقتل شاب في دير الزور',
        ['قتل مسلحان مجهولان شاباً في بلدة الشحيل بريف دير الزور الشرقي مساء أمس الاثنين.'],
        '2021-09-14',
      ),
    ).toEqual([
      { from: '2021-09-13', to: '2021-09-13', governorate: 'Deir ez-Zor', killed: 1, wounded: null },
    ]);
  });

  it('"قتل مسلحان في اشتباك", with no object: the two are the dead', () => {
    expect(
      ingested(
        'اشتباك في دير الزور',
        ['قتل مسلحان في اشتباك مع دورية للأمن في بلدة الشحيل بريف دير الزور مساء أمس الاثنين.'],
        '2021-09-14',
      ),
    ).toEqual([
      { from: '2021-09-13', to: '2021-09-13', governorate: 'Deir ez-Zor', killed: 2, wounded: null },
    ]);
  });
});

describe('a lead toll "in three separate incidents", its first item a dual of villagers: the item\'s own count', () => {
  it('"قتل خمسة وأصيب ثلاثة في ثلاث حوادث منفصلة", then items that tell less, one a dual of villagers', () => {
    expect(
      ingested(
        'حصيلة يوم دام',
        [
          'قتل خمسة أشخاص وأصيب ثلاثة آخرون في ثلاث حوادث أمنية منفصلة خلال الساعات الماضية.',
          'ففي قضاء خانقين، أصيب قرويان بجروح جراء انفجار عبوة ناسفة صباح اليوم الأحد.',
          'وفي قضاء تلعفر، قتل شرطي بنيران مسلحين مساء أمس.',
        ],
        '2019-06-09',
      ),
    ).toEqual([
      { from: '2019-06-09', to: '2019-06-09', governorate: 'Diyala', killed: null, wounded: 2 },
      { from: '2019-06-08', to: '2019-06-08', governorate: 'Nineveh', killed: 1, wounded: null },
    ]);
  });
});

describe('the kin killed "along with" the object of an active verb', () => {
  it('"stormed his house and killed him along with his brother": two killed', () => {
    expect(
      ingested(
        'Tribal leader killed in Anbar',
        [
          'On Tuesday night, gunmen stormed the house of a tribal leader in the town of Heet in Anbar province and killed him along with his brother, police said.',
        ],
        '2012-04-05',
      ),
    ).toEqual([{ from: '2012-04-03', to: '2012-04-04', governorate: 'Anbar', killed: 2, wounded: null }]);
  });
});

describe('an ordinal before the person noun: what is joined after it read on', () => {
  it('"killing a Third Brigade soldier and a woman": two killed', () => {
    expect(
      ingested(
        'Bomb in Daraa',
        [
          'On Sunday, a roadside bomb exploded near the town of Tafas in Daraa province, killing a Third Brigade soldier and a woman and wounding four other people.',
        ],
        '2020-03-10',
      ),
    ).toEqual([{ from: '2020-03-08', to: '2020-03-08', governorate: 'Daraa', killed: 2, wounded: 4 }]);
  });
});

describe('a lead of two kinds of event, "بين قصف وهجوم", lends neither to the items it sums', () => {
  it("the sniper's item keeps a kind of its own, not the shelling the lead names first", () => {
    const events = draftedIncidents(
      [
        'حصيلة يوم دام في دهوك ونينوى',
        'قتل شخصان وأصيب ثلاثة آخرون في ثلاث حوادث أمنية منفصلة خلال الساعات الماضية، بين قصف تركي وهجوم لتنظيم داعش.',
        'ففي قضاء العمادية، أصيب ثلاثة قرويين بجروح جراء قصف مدفعي تركي صباح اليوم الاثنين.',
        'وفي قضاء سنجار، قتل جندي بنيران قناص من عناصر داعش استهدف نقطة عسكرية مساء أمس.',
        'وفي قضاء الشيخان، قتل راع بقصف مدفعي تركي مساء أمس.',
      ].join('\n\n'),
      '2023-05-08',
    );
    const sniper = events.find((x) => x.place.governorate?.en === 'Nineveh');
    expect(sniper?.killed).toBe(1);
    expect(sniper?.event.subType).not.toBe('shelling_artillery_missile_attack');
  });
});

describe('an old man named by his age, "مسن": one person', () => {
  it('"وكان مسن قد قتل الأسبوع الماضي بقذيفة": one killed', () => {
    expect(
      ingested(
        'قصف على ريف إدلب',
        ['وكان مسن قد قتل الأسبوع الماضي بقذيفة سقطت على منزله في بلدة كفرنبل بريف إدلب الجنوبي.'],
        '2019-05-20',
      ),
    ).toEqual([{ from: '2019-05-13', to: '2019-05-19', governorate: 'Idlib', killed: 1, wounded: null }]);
  });
});
