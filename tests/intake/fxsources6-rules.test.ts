// Rules from the fxsources6 round (issue 12, one toll told twice or in parts): a teller's dead, then
// "others wounded" of no count ("It said 8 soldiers were killed and others wounded"), are the same
// dead as the lead's, not more of them; the wounded counted by their noun, then a second group joined
// by "و" whose verb tells its hurt ("14 مصاباً من المتظاهرين و6 من عناصر الشرطة أصيبوا"), summed;
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"killed and others wounded": others of no count, hurt, add no dead', () => {
  it('the lead\'s "at least 8" and the agency\'s "8 were killed and others wounded" are one toll', () => {
    expect(
      ingested(
        'Gunmen attack army convoy near Palmyra',
        [
          'Gunmen ambushed a convoy of Syrian soldiers in the desert late Tuesday, killing at least 8 troops, state media said.',
          'The state news agency said the convoy was attacked on the road east of Palmyra. It said 8 soldiers were killed and others were injured.',
        ],
        '2023-05-10',
      ),
    ).toEqual([{ from: '2023-05-09', to: '2023-05-09', governorate: 'Homs', killed: 8, wounded: null }]);
  });
  it('"and four others wounded", counted, are still more of the hurt', () => {
    expect(
      ingested(
        'Bomb hits market in Kirkuk',
        ['A bomb exploded in a market in Kirkuk on Monday, killing two people and wounding four others.'],
        '2015-06-09',
      ),
    ).toEqual([{ from: '2015-06-08', to: '2015-06-08', governorate: 'Kirkuk', killed: 2, wounded: 4 }]);
  });
});

describe('the wounded counted by their noun, then a second group whose verb tells its hurt', () => {
  it('"استقبل 14 مصاباً من المتظاهرين و6 من عناصر الشرطة أصيبوا": twenty', () => {
    expect(
      ingested(
        'مواجهات في الناصرية',
        [
          'وقال مصدر طبي إن المستشفى استقبل 14 مصاباً من المتظاهرين و6 من عناصر الشرطة أصيبوا بالحجارة خلال مواجهات قرب مبنى المحافظة في الناصرية أمس.',
        ],
        '2019-10-08',
      ),
    ).toEqual([{ from: '2019-10-07', to: '2019-10-07', governorate: 'Dhi Qar', killed: null, wounded: 20 }]);
  });
  it("the verb's group alone keeps its own count", () => {
    expect(
      ingested(
        'مواجهات في الناصرية',
        [
          'وقال مصدر طبي إن 6 من عناصر الشرطة أصيبوا بالحجارة خلال مواجهات قرب مبنى المحافظة في الناصرية أمس.',
        ],
        '2019-10-08',
      ),
    ).toEqual([{ from: '2019-10-07', to: '2019-10-07', governorate: 'Dhi Qar', killed: null, wounded: 6 }]);
  });
});
