// Rules from the fxnodraft44 round (issue 12, incidents drafted with no draft or in the wrong
// governorate): a district's governorate as the article states it, "بعقوبة" as the word for a
// penalty, a spot situated together with a second one, dead and wounded told together with no
// number; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { districtsToldElsewhere } from '../../src/intake/places/district-governorate-told.js';
import { spotNamedAgain } from '../../src/intake/places/spot-situated.js';
import { tellsUncountedUnsplit } from '../../src/intake/casualties/uncounted-unsplit.js';
import { findPlaces } from '../../src/places/find.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { matchView } from '../../src/intake/reading/view.js';
import { draftedRows, incidents } from '../support/tolls.js';

describe('a district the article states in another governorate lies there', () => {
  it('"قضاء الشيخان التابع لمحافظة دهوك": the Sheikhan district is told in Duhok', () => {
    const told = districtsToldElsewhere(
      ['أصيب ثلاثة أشخاص في إحدى قرى قضاء الشيخان التابع لمحافظة دهوك بانفجار قنبلة.'],
      resolvePlace,
      'ar',
    );
    expect([...told].map(([d, g]) => [d, g.en])).toEqual([['Shekhan', 'Duhok']]);
  });

  it('"the Akre district of Dohuk province" (English) is told in Duhok too', () => {
    const told = districtsToldElsewhere(
      ['Two farmers were hurt when a mine went off in the Akre district of Dohuk province.'],
      resolvePlace,
      'en',
    );
    expect([...told].map(([d, g]) => [d, g.en])).toEqual([['Akre', 'Duhok']]);
  });

  it("a district told in the gazetteer's own governorate changes nothing", () => {
    expect(
      districtsToldElsewhere(['اندلعت اشتباكات في قضاء الشيخان بمحافظة نينوى.'], resolvePlace, 'ar').size,
    ).toBe(0);
  });

  it('the whole pipeline places an event of that district in the governorate told', () => {
    const raw = [
      'مقتل حارس في عقرة',
      'قال مصدر أمني في قضاء عقرة التابع لمحافظة دهوك إن مسلحين مجهولين قتلوا حارس مدرسة مساء أمس الخميس.',
      'وأضاف المصدر أن الشرطة فتحت تحقيقا في الحادث.',
      'وتشهد المنطقة هدوءا نسبيا منذ أشهر.',
      'وطالب الأهالي بتعزيز الإجراءات الأمنية.',
    ].join('\n\n');
    expect(draftedRows(raw, '2019-05-03').map((r) => [r.governorate, r.killed])).toEqual([['Duhok', 1]]);
  });
});

describe('"بعقوبة" before the penalty it names is the word, not Baqubah', () => {
  it('"العمل بعقوبة الإعدام": no place', () => {
    expect(findPlaces('وقررت الحكومة إعادة العمل بعقوبة الإعدام في قضايا الإرهاب.')).toEqual([]);
  });

  it('"في بعقوبة" is still the city', () => {
    expect(findPlaces('انفجرت عبوة ناسفة في بعقوبة صباح اليوم.').map((m) => m.entry.names.en[0])).toEqual([
      'Baqubah',
    ]);
  });
});

describe('a spot told with a second one, then where both lie, lies there too', () => {
  it('"بين قرية الخريبة وبلدة أم الحواجز بريف حماة", then "قرب الخريبة" bare: Hama', () => {
    const place = spotNamedAgain(
      'وعثر الأهالي على جثة رجل قرب الخريبة مساء اليوم.',
      ['وقع الانفجار على الطريق بين قرية الخريبة وبلدة أم الحواجز بريف حماة الشمالي.'],
      'ar',
      resolvePlace,
    );
    expect(place?.governorate?.en).toBe('Hama');
  });
});

describe('dead and wounded told together with no number are a toll', () => {
  it.each([
    'وأسفر عن سقوط العشرات بين قتيل وجريح',
    'ما أدى إلى سقوط عدد من العمال بين قتلى وجرحى',
    'وخلف عشرات القتلى والجرحى',
    'in which dozens of people were killed or wounded',
  ])('%s', (text) => {
    expect(tellsUncountedUnsplit(matchView(text).text)).toBe(true);
  });

  it('"ويأتي الانفجار بعد أسابيع على هجوم … وأسفر عن سقوط العشرات بين قتيل وجريح": an event of its own', () => {
    const rows = incidents(
      [
        'قتل ثلاثة أشخاص بانفجار عبوة ناسفة في سوق مدينة الحلة صباح اليوم الثلاثاء.',
        'ويأتي الانفجار بعد أسابيع على هجوم استهدف الشهر الماضي حافلة للعمال قرب مدينة الحلة، وأسفر عن سقوط العشرات بين قتيل وجريح.',
      ],
      'ar',
      '2012-05-08',
    );
    expect(rows.map((r) => [r.from, r.to, r.killed, r.wounded])).toEqual([
      ['2012-05-08', '2012-05-08', 3, null],
      ['2012-04-01', '2012-04-30', null, null],
    ]);
  });
});
