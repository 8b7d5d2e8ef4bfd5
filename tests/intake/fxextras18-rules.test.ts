// Rules from the fxextras18 round (issue 12, extra drafts and places put in the wrong governorate):
// Derik spelled "ديرك" as Kurdish outlets write it; a village named "تل" and a governorate's name, no
// governorate; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('Derik spelled "ديرك": al-Malikiyah of Hasakah', () => {
  it('"…على قرية تابعة لناحية ديرك" after an event in Shingal', () => {
    expect(
      ingested(
        'قصف تركي على شنكال وديرك',
        [
          'استهدفت مسيّرة تركية مساء أمس سيارة قرب قضاء شنكال، ما أدى إلى مقتل شخصين.',
          'وفي روج آفا، أصيب ثلاثة مدنيين بجروح مساء أمس جراء قصف مدفعي تركي استهدف قرية تابعة لناحية ديرك.',
        ],
        '2022-04-12',
      ),
    ).toEqual([
      { from: '2022-04-11', to: '2022-04-11', governorate: 'Nineveh', killed: 2, wounded: null },
      { from: '2022-04-11', to: '2022-04-11', governorate: 'Hasakah', killed: null, wounded: 3 },
    ]);
  });
});

describe('"تل" and a governorate\'s name: a village\'s name, not the governorate', () => {
  it('"وسيطرت الفصائل … على حاجزي تل واسط والخربة" after shelling in the Ghab (no Wasit of Iraq)', () => {
    expect(
      ingested(
        'معارك في سهل الغاب',
        [
          'قتل مدنيان اليوم جراء قصف مدفعي على بلدة في سهل الغاب بريف حماة.',
          'وسيطرت الفصائل بعد ظهر اليوم على حاجزي تل واسط والخربة بعد معارك قتل فيها أربعة من مقاتليها.',
        ],
        '2016-03-02',
      ).map((i) => i.governorate),
    ).not.toContain('Wasit');
  });
  it('"rebels seized the Tal Wasit checkpoint" in the Ghab plain (no Wasit of Iraq)', () => {
    expect(
      ingested(
        'Rebels advance in the Ghab plain',
        [
          'Rebels seized the Tal Wasit checkpoint on Sunday after clashes in which six soldiers were killed, the monitor said.',
        ],
        '2016-05-02',
      ).map((i) => i.governorate),
    ).not.toContain('Wasit');
  });
});
