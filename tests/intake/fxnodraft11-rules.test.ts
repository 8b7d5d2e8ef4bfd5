// Rules from the fxnodraft11 round (issue 12, gold incidents never drafted, and dates): "U.S." before
// the noun it qualifies ends no sentence; ", and insurgents shelled …" opens another event; a ruling's
// deed told with its toll takes its day from the court's findings, not the ruling's; "بنقل" is no
// reporting verb; the fighting the displaced fled is not where the blow fell; a story filed from a
// town places what it tells with no place there; "the night before" is the day before the one told;
// "in the deadliest such confrontation since …" ranks one event; a condemnation of "Monday's killing"
// is no event of its own; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"U.S." before the noun it qualifies ends no sentence', () => {
  it('"Three U.S. Marines were killed …": the count stays with those killed', () => {
    expect(
      ingested(
        'Marines killed west of Baghdad',
        ['Three U.S. Marines were killed by a roadside bomb near Fallujah on Sunday, the military said.'],
        '2005-06-14',
      ),
    ).toEqual([{ from: '2005-06-12', to: '2005-06-12', governorate: 'Anbar', killed: 3, wounded: null }]);
  });
});

describe('", and insurgents shelled …": the attack told by its own verb is another event', () => {
  it('a killing in one governorate, then shelling in another that wounded four', () => {
    expect(
      ingested(
        'Attacks in Iraq',
        [
          'A roadside bomb killed two policemen in Ramadi on Monday, and insurgents shelled an army post in Tikrit on Tuesday, wounding four soldiers.',
        ],
        '2006-03-08',
      ),
    ).toEqual([
      { from: '2006-03-06', to: '2006-03-06', governorate: 'Anbar', killed: 2, wounded: null },
      { from: '2006-03-07', to: '2006-03-07', governorate: 'Salahuddin', killed: null, wounded: 4 },
    ]);
  });
});

describe('a ruling over a deed told with its toll: the deed, on the day the court’s findings give it', () => {
  it('"…حكماً بالإعدام بحق مدان بتفجير سيارة مفخخة … أسفر عن مقتل", then "…وركنها قرب السوق صباح يوم الأحد الخامس من آذار 2017"', () => {
    expect(
      ingested(
        'الإعدام لمدان بتفجير سوق المقدادية',
        [
          'أصدرت محكمة جنايات ديالى، اليوم الأربعاء، حكماً بالإعدام بحق مدان بتفجير سيارة مفخخة استهدف سوقاً في قضاء المقدادية، وأسفر عن مقتل تسعة مواطنين وإصابة عشرين آخرين.',
          'وقال بيان للمحكمة إن "المدان اعترف بانتمائه إلى تنظيم داعش، وقيامه بنقل السيارة المفخخة وركنها قرب السوق صباح يوم الأحد الخامس من آذار 2017".',
        ],
        '2019-10-09',
      ),
    ).toEqual([{ from: '2017-03-05', to: '2017-03-05', governorate: 'Diyala', killed: 9, wounded: 20 }]);
  });
});

describe('the fighting the displaced fled is not where the blow fell', () => {
  it('"…من النازحين الذين لجأوا إلى المدينة هرباً من الهجوم على تل أبيض": the town the blast was told in', () => {
    expect(
      ingested(
        'انفجار دراجة مفخخة',
        [
          'انفجرت دراجة نارية مفخخة مساء أمس وسط مدينة منبج.',
          'وأسفر الانفجار عن استشهاد ثلاثة مدنيين من النازحين الذين لجأوا إلى المدينة هرباً من الهجوم التركي على تل أبيض.',
        ],
        '2019-11-03',
      ),
    ).toEqual([{ from: '2019-11-02', to: '2019-11-02', governorate: 'Aleppo', killed: 3, wounded: null }]);
  });

  it('"…killing four displaced people fleeing the offensive on Tal Abyad": the town the blast was told in', () => {
    expect(
      ingested(
        'Car bomb in Manbij',
        [
          'A car bomb exploded in the center of Manbij on Saturday.',
          'The blast killed four displaced people fleeing the offensive on Tal Abyad, a monitor said.',
        ],
        '2019-11-03',
      ),
    ).toEqual([{ from: '2019-11-02', to: '2019-11-02', governorate: 'Aleppo', killed: 4, wounded: null }]);
  });
});

describe('a story filed from a town: what it tells with no place lies around that town', () => {
  it('"NEAR HAJIN, Syria (AP) —", then an air strike "on the edge of the town"', () => {
    expect(
      ingested(
        'Civilians killed as battle for the last enclave goes on',
        [
          'NEAR HAJIN, Syria (AP) — On Sunday, an airstrike on a house on the edge of the town killed at least 12 civilians, activists said.',
        ],
        '2018-12-04',
      ),
    ).toEqual([
      { from: '2018-12-02', to: '2018-12-02', governorate: 'Deir ez-Zor', killed: 12, wounded: null },
    ]);
  });
});

describe('"the night before": the day before the one just told', () => {
  it('"…said on Wednesday that a car bomb had hit their checkpoint in Hajin the night before"', () => {
    expect(
      ingested(
        'Car bomb hits checkpoint',
        [
          'Fighters said on Wednesday that a car bomb had hit their checkpoint in Hajin the night before, killing three of them.',
        ],
        '2018-12-05',
      ),
    ).toEqual([
      { from: '2018-12-04', to: '2018-12-04', governorate: 'Deir ez-Zor', killed: 3, wounded: null },
    ]);
  });
});

describe('"in the deadliest such confrontation since …": one event ranked, no total over the span', () => {
  it('"Late last month, six people were killed when troops clashed with gunmen near Nawa, in the deadliest such confrontation since December"', () => {
    expect(
      ingested(
        'Shepherd killed in the south',
        [
          'Late last month, six people were killed when troops clashed with gunmen near the town of Nawa, in the deadliest such confrontation since December.',
        ],
        '2025-04-08',
      ),
    ).toEqual([{ from: '2025-03-21', to: '2025-03-31', governorate: 'Daraa', killed: 6, wounded: null }]);
  });
});

describe('a condemnation of "Monday\'s killing": a reaction to the event told, no event of its own', () => {
  it('"The foreign ministry condemned Monday\'s killing", after an earlier event told last', () => {
    expect(
      ingested(
        'Farmer shot dead in the south',
        [
          'Troops shot dead a farmer near the village of al-Hamidiyah in Quneitra province on Monday, residents said.',
          'Late last month, six people were killed when troops clashed with gunmen near the town of Nawa in Daraa province.',
          "Syria's foreign ministry condemned Monday's killing as a violation of the country's sovereignty.",
        ],
        '2025-04-08',
      ),
    ).toEqual([
      { from: '2025-04-07', to: '2025-04-07', governorate: 'Quneitra', killed: 1, wounded: null },
      { from: '2025-03-21', to: '2025-03-31', governorate: 'Daraa', killed: 6, wounded: null },
    ]);
  });
});
