// Rules from the fxnodraft22 round (issue 12, drafts that should not be): a tally's share told as
// fallen "in different circumstances", "مساء أول أمس الثلاثاء" read as yesterday, and a weekday's
// possessive read as a place; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"قتلوا في ظروف مختلفة", "died in various circumstances": a share of a tally, no event', () => {
  it("the last share of a month's toll, told with a verb of its own, is not drafted", () => {
    expect(
      ingested(
        'حصيلة آذار في دير الزور',
        [
          'وثقت الشبكة خلال شهر آذار الماضي مقتل 30 شخصاً في محافظة دير الزور.',
          'ومن بين القتلى 12 بقصف مدفعي، و8 في هجمات مسلحة، و10 قتلوا في ظروف مختلفة بينها حوادث ألغام.',
          'وكان آخر الهجمات مساء أمس الأحد، حين قتل مزارع برصاص مسلحين مجهولين في بلدة الميادين.',
        ],
        '2021-04-05',
        'ar',
      ),
    ).toEqual([
      { from: '2021-04-04', to: '2021-04-04', governorate: 'Deir ez-Zor', killed: 1, wounded: null },
    ]);
  });
  it('so is one told in English, "died in various circumstances"', () => {
    expect(
      ingested(
        'Violence in Diyala',
        [
          'A farmer was shot dead by unidentified gunmen in a village near Baquba in Diyala province on Sunday.',
          'Police said seven other people had died in the province in various circumstances.',
        ],
        '2021-04-05',
        'en',
      ),
    ).toEqual([{ from: '2021-04-04', to: '2021-04-04', governorate: 'Diyala', killed: 1, wounded: null }]);
  });
  it('one death "in mysterious circumstances" is still an event', () => {
    expect(
      ingested(
        'مقتل شاب في الرقة',
        ['عثر الأهالي، صباح اليوم الاثنين، على جثة شاب قتل في ظروف غامضة في مدينة الرقة.'],
        '2021-04-05',
        'ar',
      ),
    ).toEqual([{ from: '2021-04-05', to: '2021-04-05', governorate: 'Raqqa', killed: 1, wounded: null }]);
  });
});

describe('"killed in Thursday\'s strike": a weekday\'s possessive is no place', () => {
  it('draws no incident placed at "Friday\'s", as no weekday is a place', () => {
    expect(
      ingested(
        'Thousands mourn commander killed in strike',
        [
          'Thousands of mourners marched behind the coffins of a militia commander and his companions in Mosul on Saturday, a day after a drone strike destroyed their car in the west of the city.',
          "The Hashed, a coalition of former paramilitary groups, said four men were killed in Friday's strike: the commander, his driver and two guards.",
        ],
        '2022-03-12',
        'en',
      ).filter((x) => x.governorate === null),
    ).toEqual([]);
  });
});

describe('"مساء أول أمس الثلاثاء": the day before yesterday, named by its weekday', () => {
  it('is that weekday, not yesterday', () => {
    expect(
      ingested(
        'قصف على ريف الرقة',
        ['قتل مدنيان، مساء أول أمس الأحد، بقصف مدفعي استهدف منزلاً في بلدة عين عيسى بريف الرقة الشمالي.'],
        '2022-05-10',
        'ar',
      ),
    ).toEqual([{ from: '2022-05-08', to: '2022-05-08', governorate: 'Raqqa', killed: 2, wounded: null }]);
  });
  it('"أمس الأحد" alone is still yesterday', () => {
    expect(
      ingested(
        'قصف على ريف الرقة',
        ['قتل مدنيان، مساء أمس الاثنين، بقصف مدفعي استهدف منزلاً في بلدة عين عيسى بريف الرقة الشمالي.'],
        '2022-05-10',
        'ar',
      ),
    ).toEqual([{ from: '2022-05-09', to: '2022-05-09', governorate: 'Raqqa', killed: 2, wounded: null }]);
  });
});
