// Rules from the fxnodraft29 round (issue 12, drafts that are no incident, incidents missed and deeds
// dated on the publication day): a lead total told of a place "and northern Iraq" sums the items of
// every governorate; the day a dispute over a toll is told is not the day of the fighting that "broke
// out" on an earlier one; the fighting reported to have stopped is no event of its own; a denial of a
// hand in a deed leaves the deed standing. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a lead total told of a place "and northern Iraq": it sums the items of every governorate', () => {
  it('"in Mosul and northern Iraq", then items in Nineveh and Kirkuk', () => {
    expect(
      ingested(
        'Five killed in north Iraq attacks',
        [
          'At least five people were killed and 12 wounded in Mosul and northern Iraq on Tuesday, police said.',
          'In Mosul, a car bomb near a police station killed three people and wounded eight others.',
          'A roadside bomb in Hawija killed two soldiers and wounded four.',
        ],
        '2011-05-11',
      ),
    ).toEqual([
      { from: '2011-05-10', to: '2011-05-10', governorate: 'Nineveh', killed: 3, wounded: 8 },
      { from: '2011-05-10', to: '2011-05-10', governorate: 'Kirkuk', killed: 2, wounded: 4 },
    ]);
  });

  it('"في الموصل وشمال العراق", then items in Nineveh and Kirkuk', () => {
    expect(
      ingested(
        'خمسة قتلى في هجمات شمالي العراق',
        [
          'قتل خمسة أشخاص وأصيب 12 آخرون في الموصل وشمال العراق، أمس الثلاثاء، بحسب مصادر أمنية.',
          'ففي الموصل، قتل ثلاثة أشخاص وأصيب ثمانية آخرون بانفجار سيارة مفخخة قرب مركز للشرطة.',
          'وفي قضاء الحويجة، قتل جنديان وأصيب أربعة آخرون بانفجار عبوة ناسفة.',
        ],
        '2011-05-11',
      ),
    ).toEqual([
      { from: '2011-05-10', to: '2011-05-10', governorate: 'Nineveh', killed: 3, wounded: 8 },
      { from: '2011-05-10', to: '2011-05-10', governorate: 'Kirkuk', killed: 2, wounded: 4 },
    ]);
  });
});

describe('the day a toll is disputed, then the fighting that "broke out" on an earlier day: the earlier day', () => {
  it('"تضاربت الأرقام، اليوم الأربعاء، حول حصيلة المواجهات التي اندلعت مساء أمس الثلاثاء…"', () => {
    expect(
      ingested(
        'أرقام متباينة لحصيلة اشتباكات سنجار',
        [
          'تضاربت الأرقام، اليوم الأربعاء، حول حصيلة المواجهات التي اندلعت مساء أمس الثلاثاء بين الجيش ومسلحين في قضاء سنجار غربي الموصل، إذ قال مصدر طبي إن ثمانية مقاتلين قتلوا وأصيب 14 آخرون.',
        ],
        '2022-05-04',
      ),
    ).toEqual([{ from: '2022-05-03', to: '2022-05-03', governorate: 'Nineveh', killed: 8, wounded: 14 }]);
  });

  it('"Accounts differed on Wednesday over the toll of the fighting that broke out on Monday…"', () => {
    expect(
      ingested(
        'Conflicting tolls after Sinjar fighting',
        [
          'Accounts differed on Wednesday over the toll of the fighting that broke out on Monday between the army and gunmen in Sinjar, west of Mosul, where a medic said eight fighters were killed and 14 wounded.',
        ],
        '2022-05-04',
      ),
    ).toEqual([{ from: '2022-05-02', to: '2022-05-02', governorate: 'Nineveh', killed: 8, wounded: 14 }]);
  });
});

describe('the fighting reported to have stopped: no event of its own', () => {
  it('"وأفادت مصادر محلية أن الاشتباكات توقفت صباح اليوم، بعد اتفاق…"', () => {
    expect(
      ingested(
        'قتلى باشتباكات في طفس',
        [
          'قتل أربعة مسلحين وعنصران من قوات النظام باشتباكات اندلعت أمس الثلاثاء في مدينة طفس بريف درعا الغربي.',
          'وأفادت مصادر محلية أن الاشتباكات توقفت صباح اليوم الأربعاء، بعد اتفاق بين وجهاء المدينة وضباط روس على وقف إطلاق النار.',
        ],
        '2021-06-09',
      ),
    ).toEqual([{ from: '2021-06-08', to: '2021-06-08', governorate: 'Daraa', killed: 6, wounded: null }]);
  });

  it('"The Syrian Observatory said the clashes ended on Wednesday morning after…"', () => {
    expect(
      ingested(
        'Clashes in Tafas',
        [
          'Four gunmen and two government soldiers were killed on Tuesday in clashes in the town of Tafas, west of Daraa.',
          'The Syrian Observatory said the clashes ended on Wednesday morning after town elders reached a deal with Russian military police to evacuate 20 gunmen.',
        ],
        '2021-06-09',
      ),
    ).toEqual([{ from: '2021-06-08', to: '2021-06-08', governorate: 'Daraa', killed: 6, wounded: null }]);
  });
});

describe('a denial of a hand in the deed, not of the deed: the deed stands', () => {
  it('"…, state media said. A tribal elder denied that men from the village were involved."', () => {
    expect(
      ingested(
        'Soldiers killed near Nawa',
        [
          'Late on Thursday, gunmen ambushed an army patrol near the town of Nawa in the western Daraa countryside, killing three soldiers, state media said. A tribal elder in Nawa denied that men from the village were involved and blamed outsiders.',
        ],
        '2021-10-08',
      ),
    ).toEqual([{ from: '2021-10-07', to: '2021-10-07', governorate: 'Daraa', killed: 3, wounded: null }]);
  });

  it('"…، مساء أمس الخميس. ونفت الفصائل المحلية تورطها في ذلك"', () => {
    expect(
      ingested(
        'مقتل عناصر للنظام قرب نوى',
        [
          'قتل ثلاثة عناصر من قوات النظام بهجوم لمسلحين على حاجز عسكري قرب مدينة نوى بريف درعا الغربي، مساء أمس الخميس. ونفت الفصائل المحلية تورطها في ذلك، متهمة خلايا قادمة من خارج المنطقة.',
        ],
        '2021-10-08',
      ),
    ).toEqual([{ from: '2021-10-07', to: '2021-10-07', governorate: 'Daraa', killed: 3, wounded: null }]);
  });

  it('a denial of the report itself in the same paragraph still leaves no event', () => {
    expect(
      ingested(
        'Report of soldiers killed near Nawa',
        [
          'A local network said gunmen killed three soldiers at a checkpoint near Nawa in the western Daraa countryside on Thursday. The army denied that, saying none of its men had been hurt.',
        ],
        '2021-10-08',
      ),
    ).toEqual([]);
  });
});
