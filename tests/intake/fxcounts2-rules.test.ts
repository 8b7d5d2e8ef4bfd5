// Rules from the fxcounts2 round (issue 12, victims named or listed rather than counted): a relative
// clause set off by commas before "and his driver"; ground beside a mass grave as where a new blow
// fell; a fight's relative clause before "أسفرت عن" with both sides' dead after it; each on sentences
// written for it, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a relative clause set off by commas before "and his …"', () => {
  it('", which the army lists as a terrorist group, and his bodyguard": two killed', () => {
    expect(
      ingested(
        'Drone strike near Tal Afar',
        [
          'A drone struck a pickup truck near Tal Afar in Nineveh province on Sunday, killing a senior leader of the Northern Brigade, which the army lists as a terrorist group, and his bodyguard, security sources said.',
        ],
        '2021-03-15',
      ),
    ).toEqual([{ from: '2021-03-14', to: '2021-03-14', governorate: 'Nineveh', killed: 2, wounded: null }]);
  });
  it('", who had survived two earlier attempts, and their son": a couple and their son', () => {
    expect(
      ingested(
        'Gunmen kill family in Kirkuk',
        [
          'Gunmen stormed a house in Hawija, west of Kirkuk, on Monday, killing a local judge and his wife, who had survived two earlier attempts, and their son, police said.',
        ],
        '2021-03-16',
      ),
    ).toEqual([{ from: '2021-03-15', to: '2021-03-15', governorate: 'Kirkuk', killed: 3, wounded: null }]);
  });
});

describe('ground beside a mass grave is where a new blow fell', () => {
  it('"في حقل مجاور للمقبرة الجماعية": the mine that wounded two is an incident', () => {
    expect(
      ingested(
        'إصابة متطوعين بانفجار لغم قرب دير الزور',
        [
          'قال مسؤول في فريق الإنقاذ إن متطوعَين اثنين أصيبا صباح أمس الأحد بجروح طفيفة جراء انفجار لغم أرضي في حقل مجاور للمقبرة الجماعية قرب بلدة البصيرة في ريف دير الزور.',
        ],
        '2020-05-11',
      ),
    ).toEqual([
      { from: '2020-05-10', to: '2020-05-10', governorate: 'Deir ez-Zor', killed: null, wounded: 2 },
    ]);
  });
});

describe('a fight told with when it broke out, then what it resulted in: both sides’ dead', () => {
  it('"المواجهات التي اندلعت مساء أمس واستمرت حتى الفجر أسفرت عن مقتل ثلاثة من عناصر الجيش وخمسة من المسلحين"', () => {
    expect(
      ingested(
        'مواجهات في ريف درعا',
        [
          'وقال مصدر محلي إن المواجهات التي اندلعت مساء أمس الجمعة في بلدة طفس بريف درعا واستمرت حتى الفجر أسفرت عن مقتل ثلاثة من عناصر الجيش وخمسة من المسلحين.',
        ],
        '2021-03-13',
      ),
    ).toEqual([{ from: '2021-03-12', to: '2021-03-12', governorate: 'Daraa', killed: 8, wounded: null }]);
  });
});

describe('a count told as passing the round hundred, the verb before its subject', () => {
  it('"فيما تجاوز عدد الجرحى المئة": a hundred wounded', () => {
    expect(
      ingested(
        'غارات على ريف إدلب',
        [
          'قتل 40 مدنياً على الأقل يوم أمس الاثنين في غارات جوية استهدفت سوق مدينة معرة النعمان بريف إدلب، فيما تجاوز عدد الجرحى المئة، بحسب الدفاع المدني.',
        ],
        '2019-07-23',
      ),
    ).toEqual([{ from: '2019-07-22', to: '2019-07-22', governorate: 'Idlib', killed: 40, wounded: 100 }]);
  });
});

describe('a technician named by his trade, his sound plural also a dual', () => {
  it('"مقتل مهندس وفنيين اثنين": three killed', () => {
    expect(
      ingested(
        'تفجير يستهدف فريق صيانة في كركوك',
        [
          'أفاد مصدر في الشرطة، اليوم الأحد، بمقتل مهندس وفنيين اثنين من شركة نفط الشمال وإصابة عامل آخر، بانفجار عبوة ناسفة على فريق صيانة قرب ناحية الرياض جنوب غرب كركوك.',
        ],
        '2018-04-15',
      ),
    ).toEqual([{ from: '2018-04-15', to: '2018-04-15', governorate: 'Kirkuk', killed: 3, wounded: 1 }]);
  });
});
