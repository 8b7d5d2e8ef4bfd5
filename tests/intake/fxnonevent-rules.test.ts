// Rules from the fxnonevent round (issue 12, sentences that tell no violent event of their own):
// forces getting ready for an offensive, a reaction withheld, people who left, the news told as coming
// after a campaign, the protest movement going on, a tally of ruined buildings, spent shell casings
// and mine pieces lifted; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingestedParagraphs } from '../support/tolls.js';

describe('forces getting ready for an offensive are no battle yet', () => {
  it('"were preparing for an offensive on X", in another province on another day: the one blast only', () => {
    expect(
      ingestedParagraphs(
        [
          'Car bomb kills six in Kirkuk',
          'A car bomb killed six people and wounded 14 at a bus station in Kirkuk on Monday, police said.',
          "In Nineveh, Iraqi forces were preparing on Tuesday for an offensive on Tal Afar, the militants' last stronghold west of Mosul.",
        ],
        '2017-08-16',
      ),
    ).toEqual([{ from: '2017-08-14', to: '2017-08-14', governorate: 'Kirkuk', killed: 6, wounded: 14 }]);
  });

  it('"تستعد القوات لشن هجوم على …": the one shelling only', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل ثلاثة مدنيين بقصف على ريف إدلب',
          'قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي، اليوم الأحد.',
          'وتستعد قوات النظام لشن هجوم على ريف حماة الشمالي، بحسب مصادر ميدانية.',
        ],
        '2019-04-28',
      ),
    ).toEqual([{ from: '2019-04-28', to: '2019-04-28', governorate: 'Idlib', killed: 3, wounded: 5 }]);
  });
});

describe('a reaction withheld names the attack told, no event of its own', () => {
  it('"urged … but did not condemn the attack", elsewhere on a later day: the one attack only', () => {
    expect(
      ingestedParagraphs(
        [
          'Gunmen kill four protesters in Karbala',
          'Gunmen killed four protesters and wounded 19 at a sit-in in Karbala on Monday night, medics said.',
          'In Najaf, the cleric on Wednesday urged his men to stay calm but did not condemn the attack.',
        ],
        '2020-01-23',
      ),
    ).toEqual([{ from: '2020-01-20', to: '2020-01-21', governorate: 'Karbala', killed: 4, wounded: 19 }]);
  });
});

describe('people who left their homes are no event', () => {
  it('"on top of 25,000 people who left the district before the offensive": no incident', () => {
    expect(
      ingestedParagraphs(
        [
          'Thousands more flee Hawija, UN says',
          'About 12,000 people have reached camps near Kirkuk this week, the United Nations said on Thursday.',
          'They come on top of some 25,000 people who left the Hawija district in the months before the offensive, according to aid groups.',
        ],
        '2017-09-28',
      ),
    ).toEqual([]);
  });
});

describe('"ويأتي … بعد أيام من حملة/سلسلة …": the background of the news', () => {
  it('a campaign or a series of blows it came after is no incident', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل مدنيين بقصف تركي على ريف الحسكة',
          'قتل مدنيان وأصيب ثالث بقصف مدفعي تركي استهدف قرية في ريف تل تمر بمحافظة الحسكة، مساء أمس السبت.',
          'ويأتي هذا القصف بعد أيام من حملة غارات تركية واسعة طالت منشآت نفطية في ريف القامشلي.',
        ],
        '2023-10-15',
      ),
    ).toEqual([{ from: '2023-10-14', to: '2023-10-14', governorate: 'Hasakah', killed: 2, wounded: 1 }]);
  });

  it('an earlier blow it came after, with no one hurt, is no incident either', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل أربعة مسلحين بغارات على ريف دير الزور',
          'قتل أربعة مسلحين بغارات جوية استهدفت مواقع لفصائل موالية لإيران في ريف البوكمال بمحافظة دير الزور، فجر اليوم الأحد.',
          'وتأتي الغارات بعد ثلاثة أيام من استهداف قاعدة عسكرية في ريف الحسكة بعدة صواريخ، دون ورود أنباء عن إصابات.',
        ],
        '2023-11-05',
      ),
    ).toEqual([
      { from: '2023-11-05', to: '2023-11-05', governorate: 'Deir ez-Zor', killed: 4, wounded: null },
    ]);
  });

  it('an earlier blow it came after, with an unsplit toll, stays an event of its own', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل ستة من داعش بغارات روسية على بادية حمص',
          'قتل ستة عناصر من تنظيم داعش بغارات روسية على مغاور في بادية السخنة بريف حمص الشرقي، اليوم الخميس.',
          'وتأتي الغارات بعد هجوم شنه التنظيم يوم الأحد الماضي على حافلة عسكرية قرب مدينة تدمر، ما أسفر عن مقتل وإصابة ثمانية جنود.',
        ],
        '2020-04-16',
      ),
    ).toEqual([
      { from: '2020-04-16', to: '2020-04-16', governorate: 'Homs', killed: 6, wounded: null },
      { from: '2020-04-12', to: '2020-04-12', governorate: 'Homs', killed: null, wounded: null },
    ]);
  });

  it('one earlier blow likened to the news stays an event of its own', () => {
    expect(
      ingestedParagraphs(
        [
          'إصابة ثلاثة جنود بغارة على ريف دمشق',
          'أصيب ثلاثة جنود بغارة جوية على موقع عسكري في ريف دمشق الغربي، فجر اليوم الثلاثاء.',
          'وجاء الهجوم بعد ستة أيام من غارة مماثلة على مطار التيفور في ريف حمص لم تسفر عن إصابات.',
        ],
        '2023-03-14',
      ),
    ).toEqual([
      { from: '2023-03-14', to: '2023-03-14', governorate: 'Rif Dimashq', killed: null, wounded: 3 },
      { from: '2023-03-08', to: '2023-03-08', governorate: 'Homs', killed: 0, wounded: 0 },
    ]);
  });
});

describe('the protest movement going on is no event of its own', () => {
  it('"The protests began on DATE after …": the one killing only', () => {
    expect(
      ingestedParagraphs(
        [
          'Protester shot dead in Daraa',
          'Unknown gunmen shot dead a protester in the town of Nawa, in the western Daraa countryside, on Sunday evening.',
          'The protests began on June 3 after the authorities doubled the price of bread, and have spread to several towns.',
        ],
        '2024-07-08',
      ),
    ).toEqual([{ from: '2024-07-07', to: '2024-07-07', governorate: 'Daraa', killed: 1, wounded: null }]);
  });

  it('"واستؤنفت الاحتجاجات صباح اليوم": the one shooting of yesterday only', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل محتج برصاص الأمن في درعا',
          'قتل محتج وأصيب اثنان آخران برصاص عناصر أمنية أمام مبنى المحافظة في مدينة درعا، يوم أمس الثلاثاء.',
          'واستؤنفت الاحتجاجات صباح اليوم الأربعاء في ساحة المدينة، وسط إضراب عام.',
        ],
        '2024-07-10',
      ),
    ).toEqual([{ from: '2024-07-09', to: '2024-07-09', governorate: 'Daraa', killed: 1, wounded: 2 }]);
  });
});

describe('a tally of ruined buildings is no blow', () => {
  it('"أكثر من 3 آلاف منزل دمرت بالكامل في مدينة …": no incident', () => {
    expect(
      ingestedParagraphs(
        [
          'الرقة بعد عام من انتهاء المعارك',
          'أعلن مجلس الرقة المدني، اليوم الأحد، بدء المرحلة الثانية من إعادة الإعمار في المدينة.',
          'وأظهر مسح للمجلس أن أكثر من 3 آلاف منزل دمرت بالكامل في مدينة الرقة وحدها.',
        ],
        '2018-10-21',
      ),
    ).toEqual([]);
  });
});

describe('spent shell casings are no shelling', () => {
  it('"had entered the depot to collect brass shell casings": the one blast only', () => {
    expect(
      ingestedParagraphs(
        [
          'Two killed in blast at old arms depot near Homs',
          'An explosion at an abandoned arms depot near Talbiseh, north of Homs, killed two people on Monday evening, rescuers said.',
          'Residents said young men had entered the depot to collect brass shell casings to sell, as poor families there have done since the army left in December.',
        ],
        '2025-01-14',
      ),
    ).toEqual([{ from: '2025-01-13', to: '2025-01-13', governorate: 'Homs', killed: 2, wounded: null }]);
  });
});

describe('mine pieces lifted are no blast', () => {
  it('"ورفع أكثر من 50 ألف مقذوف ولغم" in a province named: no incident', () => {
    expect(
      ingestedParagraphs(
        [
          'دائرة الألغام: تطهير 300 كيلومتر مربع في الأنبار',
          'أعلنت دائرة شؤون الألغام، اليوم الخميس، أن فرقها تمكنت منذ عام 2019 من تطهير 300 كيلومتر مربع، ورفع أكثر من 50 ألف مقذوف ولغم في محافظة الأنبار.',
        ],
        '2022-06-02',
      ),
    ).toEqual([]);
  });
});
