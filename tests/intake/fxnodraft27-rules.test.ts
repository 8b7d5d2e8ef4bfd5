// Rules found on drafts gold has no incident for (issue 12, fixer fxnodraft27): a gathering held
// while fire was heard is no event of its own, nor is oil or grain plundered or smuggled away; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

const rows = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  incidents(paragraphs, lang, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('a funeral or vigil "amid the sound of artillery": the fire heard is no event', () => {
  it('drafts only the shelling told, in English', () => {
    expect(
      rows(
        [
          'Two civilians were killed and four wounded on Sunday when government forces shelled the town of Ariha, south of Idlib, rescuers said.',
          'The two men were buried in Ariha on Monday afternoon amid the sound of heavy shelling.',
        ],
        'en',
        '2022-03-15',
      ),
    ).toEqual([['2022-03-13', '2022-03-13', 'Idlib', 2, 4]]);
  });
  it('drafts only the shelling told, in Arabic', () => {
    expect(
      rows(
        [
          'قتل مدنيان وأصيب أربعة آخرون بقصف مدفعي لقوات النظام على مدينة أريحا جنوبي إدلب، أمس الأحد.',
          'وفي بلدة سرمين المجاورة، نظم العشرات وقفة تضامنية مع أهالي الضحيتين صباح اليوم الاثنين على وقع أصوات القصف.',
        ],
        'ar',
        '2022-03-14',
      ),
    ).toEqual([['2022-03-13', '2022-03-13', 'Idlib', 2, 4]]);
  });
  it('drafts no event for a vigil held to the roar of artillery', () => {
    expect(
      rows(
        [
          'Two civilians were killed and four wounded on Sunday when government forces shelled the town of Ariha, south of Idlib, rescuers said.',
          'In nearby Sarmin, dozens of residents held a candlelight vigil for the victims on Monday evening to the roar of artillery.',
        ],
        'en',
        '2022-03-15',
      ),
    ).toEqual([['2022-03-13', '2022-03-13', 'Idlib', 2, 4]]);
  });
  it('keeps a blow that killed at the gathering', () => {
    expect(
      rows(
        [
          'Two civilians were killed on Sunday when government forces shelled the town of Ariha, south of Idlib, rescuers said.',
          'On Monday, a shell fell amid the sound of artillery on the mourners at their funeral in Ariha, killing three.',
        ],
        'en',
        '2022-03-15',
      ).map((r) => r[3]),
    ).toEqual([2, 3]);
  });
});

describe('oil or grain "plundered" or "smuggled" away: a charge, no event', () => {
  it('drafts only the strike told, in Arabic', () => {
    expect(
      rows(
        [
          'قتل مدنيان بغارة لطائرة مسيرة على قرية ذيبان بريف دير الزور الشرقي، فجر اليوم الثلاثاء.',
          'ويواصل الاحتلال الأمريكي نهب النفط السوري وتهريبه بالصهاريج عبر منفذ القائم إلى العراق.',
        ],
        'ar',
        '2023-05-16',
      ),
    ).toEqual([['2023-05-16', '2023-05-16', 'Deir ez-Zor', 2, null]]);
  });
  it('drafts only the strike told, when the plunder is told from a place of its own', () => {
    expect(
      rows(
        [
          'قتل مدنيان بغارة لطائرة مسيرة على قرية ذيبان بريف دير الزور الشرقي، فجر اليوم الثلاثاء.',
          'وتواصل قوات الاحتلال الأمريكي المنتشرة بشكل غير شرعي في ريف الحسكة نهب الثروات السورية، حيث تقوم بتهريب الصهاريج المحملة بالنفط المسروق عبر معبر ربيعة غير الشرعي إلى الأراضي العراقية.',
        ],
        'ar',
        '2023-05-16',
      ),
    ).toEqual([['2023-05-16', '2023-05-16', 'Deir ez-Zor', 2, null]]);
  });
  it('drafts only the strike told, in English', () => {
    expect(
      rows(
        [
          'A drone strike killed two civilians in the village of Dhiban in eastern Deir ez-Zor early on Tuesday, state media said.',
          'The agency said US forces continue to smuggle dozens of tankers of Syrian oil through the al-Waleed crossing into Iraq.',
        ],
        'en',
        '2023-05-16',
      ),
    ).toEqual([['2023-05-16', '2023-05-16', 'Deir ez-Zor', 2, null]]);
  });
});
