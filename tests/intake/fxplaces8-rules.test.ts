// Rules of where an event happened (issue 12, the places of the w–z probes: a name of two
// governorates, a dateline or a road's far end, a place without one), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's governorate (English), dead and wounded. */
function places(
  text: string,
  published: string,
): { at: string | undefined; killed: unknown; wounded: unknown }[] {
  return draftedIncidents(text, published).map((x) => ({
    at: x.place.governorate?.en,
    killed: x.killed,
    wounded: x.wounded,
  }));
}

describe('a town of the other country, in an article that tells nothing else of it, is a namesake here', () => {
  it('"in Khalidiya" in a story told all in Homs is no town of Anbar', () => {
    expect(
      places(
        'Shelling pounds Homs\n\nGovernment forces shelled rebel-held parts of Homs on Tuesday, activists said, killing nine people in Khalidiya.\n\nFighting also went on in the north of Homs province, near Rastan, they said.',
        '2013-04-10',
      ),
    ).toEqual([{ at: 'Homs', killed: 9, wounded: null }]);
  });

  it('"بلدة ربيعة" in a story told all in the Latakia countryside is no town of Nineveh', () => {
    expect(
      places(
        'غارات على ريف اللاذقية\n\nقتل سبعة مدنيين أمس الاثنين بغارات جوية على بلدة ربيعة، بحسب ناشطين.\n\nوقال ناشطون في ريف اللاذقية إن الطيران شن عشرين غارة على قرى جبل الأكراد وسلمى.',
        '2015-12-08',
      ),
    ).toEqual([{ at: 'Latakia', killed: 7, wounded: null }]);
  });

  it('a town told beside another place of its own country stays there', () => {
    expect(
      places(
        'Border guards killed\n\nGunmen killed two border guards near the town of Rabia on Monday, police in Mosul said.',
        '2015-12-08',
      ),
    ).toEqual([{ at: 'Nineveh', killed: 2, wounded: null }]);
  });

  it('a town of the country the article names outright stays there', () => {
    expect(
      places(
        'Strikes near the border\n\nAir strikes killed four people near the town of Rabia, close to the Iraqi border, on Monday.\n\nResidents of Hasaka and Qamishli said they heard the jets.',
        '2015-12-08',
      )[0],
    ).toEqual({ at: 'Nineveh', killed: 4, wounded: null });
  });
});

describe('where the displaced hit by a blow had fled from is not where it fell', () => {
  it('"منزل عائلة نازحة من ريف حماة": the shell fell in the town shelled, not in Hama', () => {
    expect(
      places(
        'قصف على الباب\n\nسقطت عدة قذائف صاروخية مساء أمس على الأحياء الشرقية لمدينة الباب في ريف حلب، وسقطت إحداها على منزل عائلة نازحة من ريف حماة، ما أدى إلى مقتل طفلين وإصابة والدتهما.',
        '2020-02-11',
      ),
    ).toEqual([{ at: 'Aleppo', killed: 2, wounded: 1 }]);
  });

  it('"… نازحة من ريف حماة في مخيم قرب أطمة": the origin ends where the camp they live in is told', () => {
    expect(
      places(
        'قصف على مخيم\n\nسقطت قذيفة صاروخية مساء أمس على خيمة تسكنها عائلة نازحة من ريف حماة في مخيم قرب بلدة أطمة بريف إدلب الشمالي، ما أدى إلى مقتل طفلين وإصابة والدتهما.',
        '2020-02-11',
      ),
    ).toEqual([{ at: 'Idlib', killed: 2, wounded: 1 }]);
  });

  it('"يقطنه نازحون من مدينة دير الزور": the house hit is where the displaced now live', () => {
    expect(
      places(
        'قتيلان بقصف على الرقة\n\nقتل رجلان مساء أمس بقصف على حي الرميلة في مدينة الرقة.\n\nوسقطت إحدى القذائف على منزل يقطنه نازحون من مدينة دير الزور، ما أدى إلى إصابة ثلاثة منهم بجروح.',
        '2018-05-03',
      ).map((x) => x.at),
    ).not.toContain('Deir ez-Zor');
  });
});
