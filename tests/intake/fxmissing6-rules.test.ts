// Rules of fxmissing6 (issue 12): incidents that drafted nothing — a fight opened by a force coming
// under fire, a roundup item of a town the gazetteer spelled otherwise, a strike on a town's barrens;
// each on wording written for it.
import { describe, expect, it } from 'vitest';
import { ingested, incidents } from '../support/tolls.js';

describe('a force that came under fire somewhere, its toll told in the next sentence', () => {
  it('"a patrol came under heavy fire from an orchard north of …" then "returned fire, killing two": the toll of that day and place', () => {
    expect(
      incidents(
        [
          'Early on Monday, an army patrol came under heavy fire from an orchard north of Tuz Khurmatu. The troops returned fire, killing two gunmen and wounding a third.',
        ],
        'en',
        '2010-05-12',
      ),
    ).toEqual([{ from: '2010-05-10', to: '2010-05-10', governorate: 'Salahuddin', killed: 2, wounded: 1 }]);
  });
});

describe('a roundup item datelined with a town spelled as wire copy spells it', () => {
  it('"MUSAYFRA - …" after a Deraa item is an incident of its own', () => {
    expect(
      ingested(
        'FACTBOX-Security developments in southern Syria',
        [
          'March 4 (Reuters) - Following are security developments in southern Syria on Wednesday.',
          'DERAA - Government shelling of the town of Tafas killed four civilians, a monitor said.',
          'MUSAYFRA - Gunmen on a motorbike shot dead a school teacher on the road to the town, local sources said.',
        ],
        '2020-03-04',
        'en',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([
      ['Daraa', 4],
      ['Daraa', 1],
    ]);
  });

  it('"near Sulaiman Bak" places a toll in Salahuddin', () => {
    expect(
      incidents(['Gunmen killed two farmers near Sulaiman Bak on Sunday, police said.'], 'en', '2009-06-16'),
    ).toEqual([
      { from: '2009-06-14', to: '2009-06-14', governorate: 'Salahuddin', killed: 2, wounded: null },
    ]);
  });
});

describe("a strike on a town's barrens ('جرود')", () => {
  it('"غارات على مواقع للتنظيم في جرود قارة": placed, so drafted with its dead', () => {
    expect(
      incidents(
        ['شنت طائرات حربية فجر اليوم غارات على مواقع للتنظيم في جرود قارة، ما أسفر عن مقتل سبعة عناصر منه.'],
        'ar',
        '2016-02-09',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([['Rif Dimashq', 7]]);
  });
});

describe('a side set against the one before, counting the dead of deeds told as several apart', () => {
  it('"في المقابل، نقلت … أن الجيش قتل … في عمليات متفرقة": a toll of its own beside the attack told', () => {
    expect(
      incidents(
        [
          'قتل خمسة عناصر من القوات النظامية، أمس الأحد، بهجوم شنه مقاتلون معارضون على حاجز في بلدة يبرود بريف دمشق.',
          'في المقابل، نقلت وكالة الأنباء الرسمية عن مصدر عسكري أن وحدات الجيش قتلت أمس ٢٢ إرهابياً في عمليات متفرقة بريف دمشق.',
        ],
        'ar',
        '2013-03-04',
      ).map((x) => [x.governorate, x.killed]),
    ).toEqual([
      ['Rif Dimashq', 5],
      ['Rif Dimashq', 22],
    ]);
  });
});
