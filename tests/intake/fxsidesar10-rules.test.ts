// Casualty and actor rules added on Arabic copy that splits a fight's toll between its sides (issue 12,
// fixer fxsidesar10), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';
import { splitClauses } from '../../src/intake/article/sentences.js';

const ar = (paragraphs: string[]) => tolls(paragraphs, 'ar', '2017-05-10');

describe('a force named in quotes as the subject of "خسرت" (quoted-subject.ts)', () => {
  it("adds the side's own dead told after a quoted name of several words", () => {
    expect(
      ar([
        'دارت معارك عنيفة على أطراف بلدة في ريف حماة الشمالي أمس الثلاثاء، أسفرت عن مقتل 11 عنصراً من قوات النظام، فيما خسرت "جيش العزة الثوري" أربعة من مقاتليه.',
      ]),
    ).toEqual([{ killed: 15, wounded: null }]);
  }, 120_000);
  it('still loses no one where the quoted force lost ground', () => {
    expect(
      ar([
        'دارت معارك عنيفة على أطراف بلدة في ريف حماة الشمالي أمس الثلاثاء، أسفرت عن مقتل 11 عنصراً من قوات النظام، فيما خسرت "جيش العزة الثوري" مواقع عدة.',
      ]),
    ).toEqual([{ killed: 11, wounded: null }]);
  });
});

describe('"، واستشهاد N من مقاتلي …" after a side\'s dead (side-death-after-comma.ts)', () => {
  it("keeps the other side's dead in the clause of the first", () => {
    const sentence =
      'ودارت اشتباكات قرب بلدة في ريف درعا أمس أسفرت عن مقتل أربعة عناصر من قوات النظام، واستشهاد ثلاثة من مقاتلي الفصائل.';
    expect(splitClauses(sentence, 'ar')).toHaveLength(1);
    expect(ar([sentence])).toEqual([{ killed: 7, wounded: null }]);
  });
  it('still splits the next item of a roundup, told at a place of its own', () => {
    const sentence =
      'أسفر القصف عن مقتل أربعة عناصر من قوات النظام في ريف حلب، ومقتل ثلاثة من عناصر التنظيم في ريف دير الزور.';
    expect(splitClauses(sentence, 'ar')).toHaveLength(2);
  });
});

describe('"اشتباك استمر …، قتل فيه" across the comma (armed-joined-in-fight.ts)', () => {
  it("sums both sides' dead of the fight the relative verb points back to", () => {
    expect(
      ar([
        'داهمت قوة من الشرطة منزلاً يتحصن فيه مطلوبون قرب بلدة في ريف السويداء أمس، ما أدى إلى اشتباك دام نحو ساعة، قُتل فيه ٣ من عناصر القوة و٤ من المطلوبين.',
      ]),
    ).toEqual([{ killed: 7, wounded: null }]);
  });
});

describe('"كما أصيب … خلال الاشتباكات" after a fight (during-the-fight.ts)', () => {
  it('adds the civilians hurt during the fight to its toll, not a draft of their own', () => {
    expect(
      ar([
        'قتل تسعة أشخاص أمس الثلاثاء في اشتباكات بين مسلحين من بلدة في ريف السويداء وعناصر فصيل محلي.',
        'كما أصيب أربعة مدنيين بجروح جراء رصاص طائش أصاب منازلهم خلال الاشتباكات، بحسب ناشطين.',
      ]),
    ).toEqual([{ killed: 9, wounded: 4 }]);
  });

  it('keeps the dead told "also … in the clashes" after an attack apart: a fight of their own (merge33)', () => {
    expect(
      ar([
        'هاجم عناصر التنظيم فجر أمس قرية في ريف حماة الشرقي، ما أسفر عن مقتل 30 مدنياً على الأقل.',
        'كما قتل ثمانية من عناصر الدفاع الوطني خلال الاشتباكات التي دارت مع عناصر التنظيم في محيط القرية.',
      ]),
    ).toEqual([
      { killed: 30, wounded: null },
      { killed: 8, wounded: null },
    ]);
  });
});

describe('a side told alone losing its men, after the fight told', () => {
  it("leaves a side told alone losing its men a side of the fight: its toll is the fight's (merge33)", () => {
    expect(
      ar([
        'قتل 12 مقاتلاً في اشتباكات اندلعت أمس بين فصائل المعارضة ومسلحين في حي شمال مدينة حلب.',
        'وأضاف ناشط أن سبعة من المسلحين قتلوا، فيما خسرت فصائل المعارضة خمسة من مقاتليها، وأصيب نحو 15 من الطرفين.',
      ]),
    ).toEqual([{ killed: 12, wounded: 15 }]);
  });
});
