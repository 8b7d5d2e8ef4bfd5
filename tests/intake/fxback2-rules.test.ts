// Rules from the fxback2 round (issue 12): earlier incidents told in passing, districts run apart
// from their official governorate. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../src/places/resolve.js';
import { administeredAsTold } from '../../src/intake/places/administered-apart.js';
import { withoutMeasuredGloss } from '../../src/intake/places/elsewhere/measured-gloss.js';
import { withoutFirstSince } from '../../src/intake/roundups/first-since.js';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

describe('administeredAsTold: Akre and Shekhan follow the governorate the article speaks of', () => {
  const at = (texts: string[], spot: string, lang: 'en' | 'ar' = 'en') =>
    administeredAsTold(resolvePlace, texts)(spot, lang)?.governorate?.en;
  it('places Akre in Duhok where the article speaks of Duhok', () => {
    const texts = ['A trader was stabbed in Aqra on Friday.', 'He was taken to a hospital in Dohuk.'];
    expect(at(texts, 'in Aqra')).toBe('Duhok');
  });
  it('places a Shekhan town in Duhok in an Arabic article naming Duhok', () => {
    const texts = ['أصيب مزارع في قضاء الشيخان أمس.', 'ونقل إلى مستشفى دهوك.'];
    expect(at(texts, 'في قضاء الشيخان', 'ar')).toBe('Duhok');
  });
  it('keeps Nineveh where the article ties the district to Nineveh province', () => {
    const texts = ['A farmer was hurt near Sheikhan in Nineveh province.', 'Many fled to Dohuk.'];
    expect(at(texts, 'near Sheikhan')).toBe('Nineveh');
    const ar = ['قتل راع قرب قضاء الشيخان التابع لمحافظة نينوى.', 'ونزح كثيرون إلى دهوك.'];
    expect(at(ar, 'قرب قضاء الشيخان', 'ar')).toBe('Nineveh');
  });
  it('keeps Nineveh where the article names no Duhok', () => {
    expect(at(['Two soldiers were hurt in Aqra on Monday.'], 'in Aqra')).toBe('Nineveh');
  });
  it('leaves other districts alone', () => {
    expect(at(['A blast hit Mosul.', 'Dohuk was calm.'], 'in Mosul')).toBe('Nineveh');
  });
});

describe('withoutMeasuredGloss: a known town glossed by its distance from a city is the place', () => {
  it('blanks the city a known town is measured from', () => {
    const s =
      'A driver was hurt and taken to a clinic in Tel Keppe, which lies about 14 kilometres north of Mosul.';
    const out = withoutMeasuredGloss(s);
    expect(out).toContain('Tel Keppe');
    expect(out).not.toContain('Mosul');
    expect(out).toHaveLength(s.length);
  });
  it('blanks the Arabic gloss too', () => {
    const out = withoutMeasuredGloss('أصيب راع قرب بلدة تلكيف، الواقعة على بعد 14 كيلومترا شمال الموصل.');
    expect(out).toContain('تلكيف');
    expect(out).not.toContain('الموصل');
  });
  it('keeps the city where no known town comes before the measure', () => {
    const s = 'A bomb hit a farm 20 km south of Mosul.';
    expect(withoutMeasuredGloss(s)).toBe(s);
  });
});

describe('withoutFirstSince: an act measured against a past time sums no span', () => {
  it('blanks "for the first time since" up to the clause end, offsets kept', () => {
    const s =
      'a bomb wounded a teacher who had gone back to the school for the first time since 2015, police said';
    const out = withoutFirstSince(s);
    expect(out).not.toContain('2015');
    expect(out).toContain('police said');
    expect(out).toHaveLength(s.length);
  });
  it('blanks the Arabic phrase too', () => {
    const s = normalizeForMatch('قتل مزارع عاد إلى أرضه لأول مرة منذ عام 2016، وفق مصدر');
    expect(withoutFirstSince(s)).not.toContain('2016');
  });
  it('leaves a span the toll is summed over', () => {
    const s = 'twelve people have been killed in the town since 2015';
    expect(withoutFirstSince(s)).toBe(s);
  });
  it('leaves the clause an event, not a tally', () => {
    const facts = analyseClause(
      'A mine killed a shepherd near Sinjar on Monday, who had returned to his village for the first time since 2014.',
      'en',
      '2019-05-08',
      null,
      resolvePlace,
    );
    expect(facts.aggregate).toBe(false);
    expect(facts.casualties.killed).toBe(1);
  });
});

describe('LOST_LIMB: one who lost a limb was wounded', () => {
  const wounded = (s: string) => analyseClause(s, 'en', '2020-06-10', null, resolvePlace).casualties.wounded;
  it('counts the subject of "lost both legs" as wounded', () => {
    expect(wounded('On Monday a farmer lost both legs when a mine went off near Sinjar.')).toBe(1);
    expect(wounded('A boy lost his right arm in the blast near Tal Afar on Monday.')).toBe(1);
  });
  it('does not read "lost" of anything else', () => {
    expect(wounded('On Monday a farmer lost his land near Sinjar.')).toBeNull();
  });
});
