// Rules found on drafts that should not exist and on places read wrong (issue 12, fixer fxnodraft36):
// an earlier event a span runs "since" is no place of the event; a toll of "the week that followed"
// is a span's. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"since the bombing of a mosque in Hilla": an earlier event a span runs from is no place', () => {
  it('places the bodies where they were found, not where the span began', () => {
    expect(
      rows(
        'Bodies found in Basra',
        [
          'Police found the bodies of 12 men, their hands bound, in a rubbish dump in a mainly Sunni district of western Basra on Sunday, officials said, the latest sign of the revenge killings that have spread since the bombing of a Shiite mosque in Hilla last month.',
        ],
        '2007-04-15',
      ).map((r) => [r[2], r[3]]),
    ).toEqual([['Basra', 12]]);
  });

  it('so in Arabic: "منذ تفجير … في الحلة"', () => {
    expect(
      rows(
        'العثور على جثث في البصرة',
        [
          'عثرت الشرطة، اليوم الأحد، على جثث 12 رجلاً في منطقة الزبير غربي البصرة، في أحدث مؤشر على عمليات القتل الانتقامية المتصاعدة منذ تفجير مسجد في الحلة الشهر الماضي.',
        ],
        '2007-04-15',
      ).map((r) => [r[2], r[3]]),
    ).toEqual([['Basra', 12]]);
  });

  it('keeps the place where it is the only one the clause names', () => {
    expect(
      rows(
        'Toll rises',
        [
          'Five people have died of their wounds since the bombing of the market in Tikrit on Sunday, police said.',
        ],
        '2007-04-17',
      ).map((r) => r[2]),
    ).toEqual(['Salahuddin']);
  });
});

describe('"379 people were killed in the week that followed": the week after an event is a span', () => {
  it("drafts the bombing with no toll of its own, not the week's dead", () => {
    expect(
      rows(
        'Mosque bombing anniversary',
        [
          'The bombing of a mosque in Hilla on March 3 set off a wave of revenge attacks. The government says 240 people were killed in the week that followed.',
        ],
        '2007-04-15',
      ).map((r) => r[3]),
    ).not.toContain(240);
  });

  it('so in Arabic: "خلال الأسبوع الذي تلا التفجير"', () => {
    expect(
      rows(
        'ذكرى تفجير المسجد',
        [
          'قتل شرطي وأصيب اثنان بجروح بانفجار عبوة ناسفة في الحلة، اليوم الأحد، بحسب مصدر أمني.',
          'وكان تفجير المسجد في الحلة في الثالث من آذار قد أشعل موجة هجمات انتقامية، وأعلنت الحكومة أن 240 شخصاً قتلوا خلال الأسبوع الذي تلا التفجير.',
        ],
        '2007-04-15',
      ).map((r) => r[3]),
    ).not.toContain(240);
  });
});
