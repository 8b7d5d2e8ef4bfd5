// Casualty rules added on the misses of probe-s34e–s35d (issue 12), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en') => tolls(paragraphs, lang, '2021-05-12');

describe('a bodyguard hit beside the one named is one more person', () => {
  it('"wounding him and a bodyguard" is two wounded', () => {
    expect(
      run(
        [
          'A roadside bomb struck the car of a provincial official in Kirkuk on Monday, wounding him and a bodyguard.',
        ],
        'en',
      ),
    ).toEqual([{ killed: null, wounded: 2 }]);
  });
});

describe("two people joined before a verb in the dual are the verb's two", () => {
  it('"بأن مهندساً في البلدية وأحد مرافقيه أصيبا" is two wounded', () => {
    expect(
      run(
        [
          'ذكر مصدر في الشرطة بأن مهندساً يعمل في دائرة البلدية وأحد مرافقيه أصيبا بجروح صباح اليوم بانفجار عبوة ناسفة في قضاء الخالص.',
        ],
        'ar',
      ),
    ).toEqual([{ killed: null, wounded: 2 }]);
  });
});

describe('one more by rank in the accusative, the object of an active verb', () => {
  it('"قتلوا ثلاثة رعاة وأصابوا رابعاً" is three killed, one wounded', () => {
    expect(
      run(
        ['قال مصدر أمني إن مسلحين مجهولين قتلوا ثلاثة رعاة وأصابوا رابعاً بجروح مساء أمس في قضاء الخالص.'],
        'ar',
      ),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});

describe('the day the wounded left hospital dates no event of its own', () => {
  it('"two of the wounded had been discharged overnight" keeps the wounded with the blow', () => {
    expect(
      run(
        [
          'A mortar shell hit a market in Tal Afar late on Monday, killing three people.',
          'Five other people were wounded, a hospital official said, adding that two of the wounded had been discharged overnight.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 3, wounded: 5 }]);
  });
});

describe('the town a teller is mayor of is his seat, not a second place', () => {
  it('"according to the mayor of Balad" keeps the wounded with the blow on the road', () => {
    expect(
      run(
        [
          'A roadside bomb struck a car on the road between Samarra and Balad late on Tuesday, killing two farmers.',
          'Three other people were wounded, according to the mayor of Balad.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 2, wounded: 3 }]);
  });
});

describe('one more dead told by rank after a replaced count brings the toll to the rank', () => {
  it('"had earlier given a toll of three dead, before … a fourth policeman had died" is four dead', () => {
    expect(
      run(
        [
          'A car bomb exploded near a police station in Tikrit late on Friday, killing four policemen and wounding nine, officials said on Saturday.',
          'The provincial police had earlier given a toll of three dead, before a hospital source said a fourth policeman had died of his wounds.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 4, wounded: 9 }]);
  });
});
