// Rules from the fxnodraft24 round (issue 12, drafts that match no gold): charges, campaign settings
// and graves drafted as incidents; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

describe('a standing charge of killing, in the present with no day of an event, is no incident', () => {
  const blast = 'A car bomb killed four people at a market in Baquba on Sunday, police said.';
  it('"Residents accuse the militia of killing more than 300 …"', () => {
    expect(
      incidents(
        [blast, 'Residents accuse the militia of killing more than 300 young men of the district in Baquba.'],
        'en',
        '2008-04-15',
      ),
    ).toEqual([{ from: '2008-04-13', to: '2008-04-13', governorate: 'Diyala', killed: 4, wounded: null }]);
  });
  it('"ويتهم الأهالي الميليشيا بقتل نحو 300 …"', () => {
    expect(
      incidents(
        [
          'قتل أربعة أشخاص بانفجار سيارة مفخخة في سوق بعقوبة يوم الأحد.',
          'ويتهم الأهالي الميليشيا بقتل نحو 300 شاب من أبناء المنطقة في بعقوبة.',
        ],
        'ar',
        '2008-04-15',
      ),
    ).toEqual([{ from: '2008-04-13', to: '2008-04-13', governorate: 'Diyala', killed: 4, wounded: null }]);
  });
  it('a charge with a day of its own tells that event', () => {
    expect(
      incidents(
        [blast, 'Residents accuse the militia of killing six farmers in Baquba on Saturday.'],
        'en',
        '2008-04-15',
      ),
    ).toEqual([
      { from: '2008-04-13', to: '2008-04-13', governorate: 'Diyala', killed: 4, wounded: null },
      { from: '2008-04-12', to: '2008-04-12', governorate: 'Diyala', killed: 6, wounded: null },
    ]);
  });
});

describe('a campaign for a place, an aside between commas, then its start: the setting of the news', () => {
  it('"The offensive to retake X, which … since …, was launched on May 3." drafts nothing', () => {
    expect(
      incidents(
        [
          'Militants fired on a minibus near Baiji on Tuesday, killing three passengers, police said.',
          'The offensive to retake Baiji, which the militants have held since the summer of 2014, was launched on May 3.',
        ],
        'en',
        '2015-05-20',
      ),
    ).toEqual([
      { from: '2015-05-19', to: '2015-05-19', governorate: 'Salahuddin', killed: 3, wounded: null },
    ]);
  });
});

describe('bodies found in a shallow grave: earlier victims found now', () => {
  it('"found the bodies of seven men in a shallow grave" drafts no incident', () => {
    expect(
      incidents(
        [
          'A roadside bomb killed two soldiers near Tuz Khurmatu on Monday.',
          'Police found the bodies of seven men in a shallow grave outside Tuz Khurmatu.',
        ],
        'en',
        '2015-05-20',
      ),
    ).toEqual([
      { from: '2015-05-18', to: '2015-05-18', governorate: 'Salahuddin', killed: 2, wounded: null },
    ]);
  });
});
