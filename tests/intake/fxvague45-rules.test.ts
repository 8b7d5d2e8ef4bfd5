// Rules from the fxvague45 round (issue 12, casualties): a force's own blow on the other side's
// positions, told after the shells that side fired on a town, is an incident of its own; a blow that
// "inflicted" a quantity with no number on a side tells uncounted casualties. Each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../src/text/normalize.js';
import { armyHitsPositions } from '../../src/intake/followups/army-hits-launch-sites.js';
import { tellsUncountedToll } from '../../src/intake/casualties/uncounted-toll.js';
import { countedOverItsRule } from '../../src/intake/followups/dead-of-their-rule.js';
import { draftedTolls } from '../support/tolls.js';

describe('"the army responded by targeting the militants\' positions": a blow of its own', () => {
  it('tells a force striking positions, hideouts or launch sites, in English and Arabic', () => {
    for (const s of [
      'Government troops then shelled the militants’ positions outside the village, killing several fighters.',
      'The army responded by targeting the rebels’ launching pads near the hills, killing a number of gunmen.',
      'وقصفت قوات الجيش بالمدفعية تجمعات المسلحين في محيط القرية، موقعة في صفوفهم عدداً من القتلى.',
    ])
      expect(armyHitsPositions(normalizeForMatch(s))).toBe(true);
  });
  it('not a blow on a town, nor positions named without a force striking them', () => {
    for (const s of [
      'Rebels shelled the town from their positions in the hills, killing two.',
      'قصفت المجموعات المسلحة الحي بقذائف الهاون من مواقعها في البساتين.',
    ])
      expect(armyHitsPositions(normalizeForMatch(s))).toBe(false);
  });
  it("drafts the army's answer apart from the shells it answered, with its uncounted toll", () => {
    expect(
      draftedTolls(
        [
          'Rockets kill one in Syrian town',
          'One man was killed and three others wounded on Monday when rockets fired by militants hit a market in the town of Mhardeh in Hama province, state media said.',
          'The army responded by targeting the militants’ launching pads near the town of Kafr Zita, killing a number of fighters, the report said.',
        ],
        '2018-03-06',
        'en',
      ),
    ).toEqual([
      [1, 3, null],
      [null, null, null],
    ]);
  });
});

describe('the answer told with no place or word for the event of its own', () => {
  it('places the strike on "the positions the shells came from" where the shells were told', () => {
    expect(
      draftedTolls(
        [
          'Shells kill four in Syrian town',
          'Four people were killed and nine wounded late on Friday when mortar shells fired by militants from the village of Kafr Zita hit a street in the town of Mhardeh in Hama province, state media said.',
          'Army units later shelled the positions from which the mortars were fired, killing 12 militants, the agency said.',
        ],
        '2016-05-07',
        'en',
      ),
    ).toEqual([
      [4, 9, null],
      [12, null, null],
    ]);
  });
  it('drafts an Arabic answer "موقعة في صفوفهم عدداً من القتلى", undated, as an event of its own', () => {
    expect(
      draftedTolls(
        [
          'استشهاد مواطنين بقذائف على محردة',
          'استشهد مواطنان وأصيب أربعة آخرون صباح اليوم جراء سقوط قذائف صاروخية أطلقها الإرهابيون على مدينة محردة في ريف حماة الشمالي.',
          'في المقابل، قصفت وحدات الجيش بالمدفعية مواقع الإرهابيين في كفرزيتا، موقعة في صفوفهم عدداً من القتلى والمصابين، وفق مصدر عسكري.',
        ],
        '2016-05-07',
        'ar',
      ),
    ).toEqual([
      [2, 4, null],
      [null, null, null],
    ]);
  });
});

describe('"أوقعت أعداداً كبيرة منهم", "موقعة في صفوفهم عدداً من القتلى": uncounted casualties', () => {
  it('tells casualties with no number, inflicted on a side', () => {
    for (const s of [
      'نفذت وحدات الجيش ضربات على تجمعات المسلحين أوقعت أعداداً كبيرة منهم.',
      'استهدف الطيران مقراتهم، موقعاً في صفوفهم عدداً من القتلى والجرحى.',
    ])
      expect(tellsUncountedToll(normalizeForMatch(s))).toBe(true);
  });
  it('not losses of no one ("أوقعت أضراراً")', () => {
    expect(tellsUncountedToll(normalizeForMatch('أوقعت القذائف أضراراً كبيرة في المنازل.'))).toBe(false);
  });
});

describe('"killed during their occupation": dead of all the time a side held the place', () => {
  it("tells dead counted over a side's rule, in English and Arabic", () => {
    for (const s of [
      'Troops found a grave holding 30 villagers the insurgents had executed during their occupation of the area.',
      'وعثرت القوات على جثث 12 مدنياً أعدمهم التنظيم خلال فترة سيطرته على البلدة.',
    ])
      expect(countedOverItsRule(normalizeForMatch(s))).toBe(true);
  });
  it('not a fight told "during the control" of a checkpoint, nor a day\'s toll', () => {
    for (const s of [
      'Two soldiers were killed on Monday during an attack on a checkpoint.',
      'قتل ثلاثة عناصر خلال اشتباكات للسيطرة على الحاجز.',
    ])
      expect(countedOverItsRule(normalizeForMatch(s))).toBe(false);
  });
  it('leaves the battle that retook the town without the dead of the occupation as its toll', () => {
    expect(
      draftedTolls(
        [
          'Army retakes town from insurgents',
          'Government forces retook the town of Rawa in Anbar province from the insurgents on Tuesday after two days of fighting, officials said.',
          'Residents said soldiers found the bodies of 41 men whom the insurgents had killed during their occupation.',
        ],
        '2017-11-16',
        'en',
      ).map((x) => x[0]),
    ).not.toContain(41);
  });
});
