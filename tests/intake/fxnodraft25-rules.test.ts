// Rules from the fxnodraft25 round (issue 12, drafts that are no incident): a movement's earlier wave
// told by its days ("A first wave, from May 3 to 9, left 80 dead"), the whole country fronted before
// a day's dead ("Nationwide, 30 people were killed"), and the dead of a protest movement or uprising
// told as its toll are totals, not events; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe("a movement's earlier wave told by its days: a total", () => {
  it('"A first wave, from May 3 to 9, left 80 people dead, most of them in Baghdad"', () => {
    expect(
      ingested(
        'Two protesters shot dead in Kut',
        [
          'Two protesters were shot dead in Kut on Friday when guards opened fire on a crowd, police said.',
          'A first wave of rallies, from May 3 to 9, left 80 people dead, most of them in Baghdad, according to a rights group.',
        ],
        '2020-06-13',
      ),
    ).toEqual([{ from: '2020-06-12', to: '2020-06-12', governorate: 'Wasit', killed: 2, wounded: null }]);
  });

  it('"وكانت الموجة الأولى، من 3 إلى 9 أيار، قد أودت بحياة 80 شخصاً"', () => {
    expect(
      ingested(
        'مقتل متظاهرين في الكوت',
        [
          'قتل متظاهران برصاص حراس مقر حزبي في مدينة الكوت يوم أمس الجمعة، بحسب مصدر في الشرطة.',
          'وكانت الموجة الأولى، من 3 إلى 9 أيار، قد أودت بحياة 80 شخصاً معظمهم في بغداد.',
        ],
        '2020-06-13',
      ),
    ).toEqual([{ from: '2020-06-12', to: '2020-06-12', governorate: 'Wasit', killed: 2, wounded: null }]);
  });
});

describe('the whole country fronted before the dead it counts: a total', () => {
  it('"Nationwide, at least 30 people were killed on Friday, including in Baghdad"', () => {
    expect(
      ingested(
        'Protesters killed in Kut',
        [
          'Two protesters were shot dead in Kut on Friday when guards opened fire on a crowd, police said.',
          'Nationwide, at least 30 people were killed on Friday, including in Baghdad, where police fired on a march, a rights group said.',
        ],
        '2020-06-13',
      ),
    ).toEqual([{ from: '2020-06-12', to: '2020-06-12', governorate: 'Wasit', killed: 2, wounded: null }]);
  });

  it('"وعلى مستوى البلاد، قتل 30 متظاهراً يوم الجمعة"', () => {
    expect(
      ingested(
        'مقتل متظاهرين في الكوت',
        [
          'قتل متظاهران برصاص حراس مقر حزبي في مدينة الكوت يوم أمس الجمعة، بحسب مصدر في الشرطة.',
          'وعلى مستوى البلاد، قتل 30 متظاهراً يوم الجمعة بينهم عشرة في بغداد، بحسب مفوضية حقوق الإنسان.',
        ],
        '2020-06-13',
      ),
    ).toEqual([{ from: '2020-06-12', to: '2020-06-12', governorate: 'Wasit', killed: 2, wounded: null }]);
  });
});

describe('the dead of a protest movement or an uprising: its toll, no event', () => {
  it('"Some 500 people were killed during the protest movement itself"', () => {
    expect(
      ingested(
        'Activist shot dead in Kut',
        [
          'Gunmen shot dead an activist in Kut on Friday, police said.',
          'Last month, a bomb was thrown at the home of a lawyer in Kut. No one was hurt.',
          'Some 500 people were killed during the protest movement itself, most of them by security forces.',
        ],
        '2020-06-13',
      ).map((x) => x.killed),
    ).not.toContain(500);
  });

  it('"وقتل نحو 500 شخص خلال الحراك الاحتجاجي"', () => {
    expect(
      ingested(
        'اغتيال ناشط في الكوت',
        [
          'اغتال مسلحون مجهولون ناشطاً مدنياً في مدينة الكوت يوم أمس الجمعة، بحسب مصدر في الشرطة.',
          'وفي الشهر الماضي، ألقيت عبوة على منزل محام في الكوت دون إصابات.',
          'وقتل نحو 500 شخص خلال الحراك الاحتجاجي، معظمهم برصاص القوات الأمنية.',
        ],
        '2020-06-13',
      ).map((x) => x.killed),
    ).not.toContain(500);
  });
});

describe('the casualties named back by a share of them: no unsplit toll', () => {
  it('"…killed six people and wounded 11 on Sunday, with most of the casualties in Hamdaniyah"', () => {
    expect(
      ingested(
        'Shells hit Aleppo',
        [
          'Rebel shelling on government-held districts of Aleppo killed six people and wounded 11 on Sunday, state media said, with most of the casualties in the neighbourhood of Hamdaniyah.',
        ],
        '2016-11-14',
      ),
    ).toEqual([{ from: '2016-11-13', to: '2016-11-13', governorate: 'Aleppo', killed: 6, wounded: 11 }]);
  });
});

describe('the body of one killed, named at a funeral: one dead', () => {
  it('"شيّع أهالي البلدة اليوم جثمان شاب قُتل بقصف مدفعي أمس"', () => {
    expect(
      ingested(
        'قصف مدفعي على قرية في زاخو',
        [
          'شيّع أهالي ناحية باطوفة في قضاء زاخو اليوم الأحد جثمان شاب قُتل بقصف مدفعي تركي استهدف بستانه يوم أمس السبت.',
        ],
        '2022-05-15',
      ),
    ).toEqual([{ from: '2022-05-14', to: '2022-05-14', governorate: 'Duhok', killed: 1, wounded: null }]);
  });
});
