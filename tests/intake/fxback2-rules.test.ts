// Rules from the fxback2 round (issue 12): earlier incidents told in passing, districts run apart
// from their official governorate. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../src/places/resolve.js';
import { administeredAsTold } from '../../src/intake/places/administered-apart.js';

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
