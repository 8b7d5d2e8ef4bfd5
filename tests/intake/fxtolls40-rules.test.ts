// Rules from the fxtolls40 round (issue 12, tolls in one incident): others told missing are no more
// dead; a wounding verb right after a body tells how the dead was hit; where most of a group comes
// from is not where it was hit. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { othersMissing } from '../../src/intake/casualties/others-missing.js';
import { withoutGroupHome } from '../../src/intake/places/elsewhere/group-from.js';
import { matchView } from '../../src/intake/reading/view.js';
import { normalizeForMatch } from '../../src/text/normalize.js';
import { ingested, tolls } from '../support/tolls.js';

const casualtiesOf = (text: string, lang: 'ar' | 'en') => {
  const { killed, wounded } = findCasualties(matchView(text), lang);
  return { killed, wounded };
};

describe('"مصير اثنين آخرين ما زال مجهولاً": others missing are no more dead (others-missing.ts)', () => {
  it('reads a fate noun before the others, or their being missing after them', () => {
    // (the text around the word for others, in matching form, its spaces kept)
    const before = (text: string) => `${normalizeForMatch(text)} `;
    const after = (text: string) => ` ${normalizeForMatch(text)}`;
    expect(othersMissing(before('وأكد أن مصير أربعة'), after('ما زال مجهولاً'))).toBe(true);
    expect(othersMissing(before('إضافة إلى فقدان ثلاثة'), '')).toBe(true);
    expect(othersMissing(before('وقتل اثنان وعثر على أربعة'), after('مفقودين في الوادي'))).toBe(true);
    expect(othersMissing(before('وإصابة خمسة'), after('بجروح'))).toBe(false);
    expect(othersMissing('while three ', ' remain missing')).toBe(true);
  });

  it('keeps the dead of the account told again as the ones told first, not more', () => {
    expect(
      tolls(
        [
          'أفاد مصدر في الشرطة، اليوم، بمقتل أربعة رعاة وفقدان ثلاثة آخرين بهجوم لمسلحين على قطيع للأغنام في بادية قضاء الرطبة غربي الأنبار.',
          'وقال المصدر إن "قطيعاً للأغنام تعرض فجر اليوم لهجوم من مسلحين يستقلون سيارات، ما أسفر عن مقتل أربعة من الرعاة في الحال"، موضحاً أن "مصير ثلاثة آخرين ما زال مجهولاً، ويرجح أنهم اختطفوا".',
        ],
        'ar',
        '2019-03-10',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe('"جثتين لشابين أصيبا بالرصاص": the wound of the dead, no wounded (body-then-hit.ts)', () => {
  it('reads no wounded where the verb follows the body and its dead', () => {
    expect(casualtiesOf('واستقبل مستشفى المدينة جثتي شابين أصيبا بالرصاص الحي في الرأس', 'ar')).toEqual({
      killed: 2,
      wounded: null,
    });
    expect(casualtiesOf('ونقلت إلى المستشفى جثة رجل أصيب بطلق ناري في الصدر', 'ar')).toEqual({
      killed: 1,
      wounded: null,
    });
  });

  it('still reads wounded told apart from the bodies', () => {
    expect(casualtiesOf('وعثر على جثتين بينما أصيب ثلاثة آخرون', 'ar')).toEqual({ killed: 2, wounded: 3 });
    expect(casualtiesOf('وعثر على جثة رجل وأصيب اثنان', 'ar')).toEqual({ killed: 1, wounded: 2 });
  });
});

describe('"a group of people, mostly from X province": their home, not the place hit (group-from.ts)', () => {
  it('blanks where most of the group comes from', () => {
    const text = 'Police fired on about 40 people, mostly from Nineveh province, as they tried to cross';
    expect(withoutGroupHome(text)).not.toContain('Nineveh');
    expect(withoutGroupHome(text)).toContain('as they tried to cross');
  });

  it('keeps the event at its town, the wounded with the dead', () => {
    expect(
      ingested(
        'Guards kill migrants near Qaim',
        [
          'Border guards shot dead at least four people trying to cross the frontier near the town of al-Qaim late on Friday, police said.',
          'The guards opened fire on a group of about 40 people, mostly from Nineveh and Salahuddin provinces, as they approached the fence west of the town. Three more people were wounded, police said.',
        ],
        '2019-05-12',
        'en',
      ),
    ).toEqual([{ from: '2019-05-10', to: '2019-05-10', governorate: 'Anbar', killed: 4, wounded: 3 }]);
  });
});
