import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../src/places/resolve.js';

// Where the wounded were taken, treated or died, and where the bodies were taken, is not where the
// event happened: a clause that names only such a place names none of the event's.
describe('places of care are not the place of the event', () => {
  it.each([
    'وتوفي أحد الجرحى متأثراً بجراحه في مستشفى بمدينة الرقة.',
    'ونقل المصابون على الفور إلى مستشفى كركوك العام.',
    'ونقلت جثث القتلى إلى دائرة الطب العدلي في بغداد.',
    'فيما يرقد اثنان من المصابين في مستشفى بمدينة أربيل.',
  ])('%s', (sentence) => {
    expect(resolvePlace(sentence, 'ar')).toBeNull();
  });

  it.each([
    'One of the wounded died later in a hospital in Kirkuk.',
    'Their bodies were taken to the morgue in Baghdad.',
    'The wounded were taken to a hospital in Mosul.',
  ])('%s', (sentence) => {
    expect(resolvePlace(sentence, 'en')).toBeNull();
  });

  it('the event named before the hospital keeps its place', () => {
    const sentence = 'أصيب جنديان بانفجار عبوة في قضاء الحويجة، ونقلا على الفور إلى مستشفى كركوك العام.';
    expect(resolvePlace(sentence, 'ar')?.district?.en).toBe('Hawija');
  });
});
