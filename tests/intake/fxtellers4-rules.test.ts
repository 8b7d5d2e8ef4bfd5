// Rules found on one event told by several tellers (issue 12, fixer fxtellers4): state media's
// account set against the activists' is of the event at the spot it names, not of the town told in
// between; the dead of both sides of a fight, told side by side, are its toll; a teller's figure is
// not a blow of its own for what the teller said next. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe("the other side's account of the event at the spot it names (tellers-count.ts)", () => {
  it("\"في المقابل، نقل التلفزيون الرسمي … في حمص\" after the city's toll and a town's: the city's event, with its wounded", () => {
    expect(
      ingested(
        'ناشطون: اثنا عشر قتيلاً برصاص الأمن في حمص',
        [
          'قال ناشطون إن قوات الأمن أطلقت النار على المشيعين في مدينة حمص يوم الجمعة، ما أدى إلى مقتل اثني عشر شخصاً.',
          'وفي مدينة تلكلخ غرب حمص، قتل ثلاثة متظاهرين وجرح أربعة آخرون برصاص الأمن.',
          'في المقابل، نقل التلفزيون الرسمي عن مصدر أمني أن مسلحين أطلقوا النار على المواطنين في حمص، ما أدى إلى مقتل ثمانية أشخاص وإصابة 30 آخرين.',
        ],
        '2011-05-01',
      ).map((x) => ({ governorate: x.governorate, killed: x.killed, wounded: x.wounded })),
    ).toEqual([
      { governorate: 'Homs', killed: 12, wounded: 30 },
      { governorate: 'Homs', killed: 3, wounded: 4 },
    ]);
  });
});

describe('the dead of both sides of a fight, told side by side (fight-sides.ts)', () => {
  it('"مقتل خمسة من عناصر التنظيم في اشتباكات مع قسد، فيما قتل ثلاثة من قسد": the clashes\' toll, 8', () => {
    expect(
      ingested(
        'قتلى في اشتباكات بريف دير الزور',
        [
          'ووثق المرصد السوري مقتل خمسة من عناصر التنظيم في اشتباكات مع قوات سوريا الديمقراطية قرب بلدة البصيرة في ريف دير الزور أمس، فيما قتل ثلاثة من قسد في الاشتباكات ذاتها.',
        ],
        '2018-10-07',
      ),
    ).toEqual([
      { from: '2018-10-06', to: '2018-10-06', governorate: 'Deir ez-Zor', killed: 8, wounded: null },
    ]);
  });

  it('"had repelled a wide attack …, in fighting…", then "11 of the attacking fighters were killed, while four SDF fighters were killed": 15', () => {
    expect(
      ingested(
        'Kurdish-led force says it beat back offensive near Ain Issa',
        [
          'The Syrian Democratic Forces said on Sunday they had repelled a wide attack by Turkish-backed factions on their positions near Ain Issa, north of Raqqa, in fighting that went on through Saturday night.',
          'In a statement, the group said 11 of the attacking fighters were killed, while four SDF fighters were killed.',
        ],
        '2020-11-22',
      ).map((x) => ({ governorate: x.governorate, killed: x.killed, wounded: x.wounded })),
    ).toEqual([{ governorate: 'Raqqa', killed: 15, wounded: null }]);
  });

  it('an attack told as such keeps its attackers apart: "ISIS fighters attacked an army post, sparking clashes…", two soldiers', () => {
    expect(
      ingested(
        'Soldiers killed in attack on army post in Anbar',
        [
          'Islamic State fighters attacked an army post near Haditha in Anbar province on Monday night, sparking clashes that lasted two hours, security sources said.',
          'Two soldiers were killed, while five Islamic State fighters were killed in the clashes.',
        ],
        '2017-02-14',
      ).map((x) => ({ governorate: x.governorate, killed: x.killed })),
    ).toEqual([{ governorate: 'Anbar', killed: 2 }]);
  });
});

describe("a teller's figure, and what it said next (tellers-count.ts)", () => {
  it('"put the number of soldiers killed at nine and said his men had seized three armoured vehicles": the same event', () => {
    expect(
      ingested(
        'Rebels take army post in Daraa countryside',
        [
          'Rebels overran an army post near the town of Inkhil in Daraa province on Monday, killing at least five soldiers, a monitoring group said.',
          'A rebel spokesman put the number of soldiers killed at nine and said his men had seized three armoured vehicles.',
        ],
        '2013-06-11',
      ).map((x) => ({ governorate: x.governorate, killed: x.killed })),
    ).toEqual([{ governorate: 'Daraa', killed: 5 }]);
  });
});
