// Rules found on both sides' dead of one fight (issue 12, fixer fxclash30): the first side named by
// whose fighters they were before "and" the other side's count, a fight told by two words, and the
// attackers a fight's toll names one side by. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

describe('"five fighters of the tribal force and 20 insurgents were killed in the fighting": both sides', () => {
  it("sums both sides where the first side's owner is named before the other's count", () => {
    expect(
      draftedTolls(
        [
          'Tribal fighters retake village near Tikrit',
          'At least five fighters of the local tribal defence force and more than 20 insurgents were killed in the fighting for a village north of Tikrit, a police officer said on Friday.',
        ],
        '2015-03-07',
      ).map(([killed]) => killed),
    ).toEqual([25]);
  });

  it('sums them where two words tell the fight', () => {
    expect(
      draftedTolls(
        [
          'Fighting near Baquba',
          'Three members of a government-backed militia and eight militants were killed in heavy overnight clashes near Baquba, an army officer said on Wednesday.',
        ],
        '2008-04-16',
      ).map(([killed]) => killed),
    ).toEqual([11]);
  });
});

describe('"The clashes left two guards and five of the attackers dead": the attackers named as one side', () => {
  it('sums both sides where the fight opens the clause', () => {
    expect(
      draftedTolls(
        [
          'Clashes near Baquba',
          'The clashes near Baquba went on until Sunday morning and left two guards and five of the attackers dead, a police source said.',
        ],
        '2008-04-13',
      ).map(([killed]) => killed),
    ).toEqual([7]);
  });
});

describe('"فيما فقدت القوات ثلاثة عشر من مقاتليها": a side that lost a count of two words of its own', () => {
  it("reads a count from 11 to 19 after the verb of losing, the other side's dead of the fight", () => {
    expect(
      draftedTolls(
        [
          'اشتباكات في ريف الرقة',
          'قتل 17 من عناصر التنظيم في اشتباكات قرب قرية شمال الرقة يوم أمس السبت، فيما فقدت القوات أحد عشر من مقاتليها.',
        ],
        '2017-05-14',
      ).map(([killed]) => killed),
    ).toEqual([28]);
  });
});
