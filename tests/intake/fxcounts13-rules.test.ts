// Rules from the fxcounts13 round (issue 12, casualty counts of matched incidents): each side's dead
// of a fight told by a killing verb of its own, joined by "و" in one clause, are its toll together;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';

describe('each side’s dead told by a verb of its own in one clause of a fight: both counts', () => {
  it('"قتل 14 عنصراً من الفصائل وقتل أربعة من مقاتلي المجلس خلال اشتباكات": 18', () => {
    expect(
      findCasualties(
        matchView('قتل 14 عنصراً من الفصائل وقتل أربعة من مقاتلي المجلس خلال اشتباكات عنيفة قرب القرية'),
        'ar',
      ).killed,
    ).toBe(18);
  });

  it('"قُتل 8 مرتزقة من التنظيم واستشهد مقاتلان … في معارك": the attackers and the defenders, 10', () => {
    expect(
      findCasualties(
        matchView(
          'قُتل 8 مرتزقة من التنظيم واستشهد اثنان من مقاتلي الوحدات في معارك على الجبهة الغربية للمدينة',
        ),
        'ar',
      ).killed,
    ).toBe(10);
  });
});

describe('a side’s own dead it owns up to after those it killed: both counts', () => {
  it('"قال الجيش إن قواته قتلت 9 مسلحين من التنظيم، معترفاً بمقتل اثنين من عناصره": 11', () => {
    expect(
      findCasualties(
        matchView('قال الجيش إن قواته قتلت 9 مسلحين من التنظيم، معترفاً بمقتل اثنين من عناصره'),
        'ar',
      ).killed,
    ).toBe(11);
  });
});

describe('a later item of a part of the toll, joined by "and": among the dead, not the wounded', () => {
  it('"… were killed, including four policemen and two of the attackers, and 25 were wounded": 25 wounded', () => {
    expect(
      findCasualties(
        matchView(
          'Officials said nine people were killed, including four policemen and two of the attackers, and 25 were wounded.',
        ),
        'en',
      ).wounded,
    ).toBe(25);
  });
});
