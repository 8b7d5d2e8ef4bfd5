// Rules from the fxretell round (issue 12, one event told twice, and leads that sum the items after
// them): another teller's count, the other side's claim, a count given
// on a later day, the end of the event told, a background with a paragraph of its own, and leads
// whose toll is the sum of deeds or places listed; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingestedParagraphs } from '../support/tolls.js';

describe("another teller's count of the dead just told is the same event", () => {
  it('"فيما تحدثت مصادر محلية عن…" opening the sentence after the toll: one incident, the first count', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل أربعة رعاة بانفجار لغم في ريف دير الزور',
          'قتل أربعة رعاة أغنام بانفجار لغم أرضي من مخلفات الحرب في بادية الميادين بريف دير الزور الشرقي، صباح اليوم الأحد. فيما تحدثت مصادر أهلية عن ستة قتلى.',
        ],
        '2023-03-12',
      ),
    ).toEqual([
      { from: '2023-03-12', to: '2023-03-12', governorate: 'Deir ez-Zor', killed: 4, wounded: null },
    ]);
  });

  it('"A nurse told Reuters six demonstrators had died" after the police count: one incident', () => {
    expect(
      ingestedParagraphs(
        [
          'Police fire on protesters in Nasiriyah',
          'Police opened fire on protesters trying to storm the provincial council building in Nasiriyah on Friday, medics said.',
          'Police said five demonstrators had been killed and 30 people wounded. A nurse at the city hospital told Reuters six demonstrators had died of bullet wounds.',
        ],
        '2019-11-30',
      ),
    ).toEqual([{ from: '2019-11-29', to: '2019-11-29', governorate: 'Dhi Qar', killed: 5, wounded: 30 }]);
  });
});

describe("the other side's claim of what its men killed is the same fighting", () => {
  it('"the group claimed its fighters had killed 30 soldiers" after the army\'s count: one incident, the army\'s', () => {
    expect(
      ingestedParagraphs(
        [
          'Troops push into Haditha',
          'At least 14 militants were killed on Saturday as army units pushed into the centre of Haditha in Anbar province, an officer said.',
          'The Islamic State group claimed its fighters had killed 30 soldiers in the Haditha battle, a claim that could not be verified.',
        ],
        '2015-06-14',
      ),
    ).toEqual([{ from: '2015-06-13', to: '2015-06-13', governorate: 'Anbar', killed: 14, wounded: null }]);
  });
});

describe('a count given on a later day, in the pluperfect, is the count of the event told', () => {
  it('"On Thursday, the health directorate said 12 people had been killed": no event of Thursday', () => {
    expect(
      ingestedParagraphs(
        [
          'Clashes in Basra kill 12',
          'Clashes between two tribes in the north of Basra killed 12 people on Wednesday, police said.',
          'On Thursday, the health directorate said 12 people had been killed, among them two policemen.',
        ],
        '2021-04-09',
      ),
    ).toEqual([{ from: '2021-04-07', to: '2021-04-07', governorate: 'Basra', killed: 12, wounded: null }]);
  });
});

describe('when the event told ended is no event of its own', () => {
  it('"The fighting ended around noon on Thursday": the clashes of Wednesday only', () => {
    expect(
      ingestedParagraphs(
        [
          'Clashes in Kirkuk kill three',
          'Clashes between two armed groups in the centre of Kirkuk killed three people on Wednesday, police said.',
          'The fighting ended around noon on Thursday after tribal elders stepped in.',
        ],
        '2021-05-07',
      ),
    ).toEqual([{ from: '2021-05-05', to: '2021-05-05', governorate: 'Kirkuk', killed: 3, wounded: null }]);
  });
});

describe('a background told as an item of its own keeps its toll', () => {
  it('"Last Friday, gunmen stormed…", then "One guard was shot dead in the raid": the background\'s dead', () => {
    expect(
      ingestedParagraphs(
        [
          'Gunmen attack protest camp in Kut',
          'Gunmen attacked a protest camp in Kut on Wednesday night, killing two protesters and wounding nine, medics said.',
          'In Amarah, supporters of a party burned tents in the main square on Wednesday evening, but no one was hurt.',
          'Last Friday, gunmen attacked a party office in Baghdad. One guard was shot dead in the raid.',
        ],
        '2020-02-07',
      ),
    ).toEqual([
      { from: '2020-02-05', to: '2020-02-06', governorate: 'Wasit', killed: 2, wounded: 9 },
      { from: '2020-02-05', to: '2020-02-05', governorate: 'Maysan', killed: null, wounded: null },
      { from: '2020-01-31', to: '2020-01-31', governorate: 'Baghdad', killed: 1, wounded: null },
    ]);
  });
});

describe('a lead whose toll is told of deeds or places listed sums the items after it', () => {
  it('"killed last week in bombings, assassinations and clashes": no incident for the lead', () => {
    expect(
      ingestedParagraphs(
        [
          'Nine killed in a week of violence in northern Syria',
          'At least nine people were killed last week in bombings, assassinations and clashes in northern Syria, according to local sources.',
          'On Tuesday, a car bomb went off in the market of the town of Azaz, killing four civilians.',
          'On Thursday, gunmen shot dead a local council member in Jindires.',
          'On Saturday, clashes between two factions in Ras al-Ain killed one fighter.',
        ],
        '2021-03-08',
      ),
    ).toEqual([
      { from: '2021-03-02', to: '2021-03-02', governorate: 'Aleppo', killed: 4, wounded: null },
      { from: '2021-03-04', to: '2021-03-04', governorate: 'Aleppo', killed: 1, wounded: null },
      { from: '2021-03-06', to: '2021-03-06', governorate: 'Hasakah', killed: 1, wounded: null },
    ]);
  });

  it('"في تفجيرات واغتيالات واشتباكات" told of last week: no incident for the lead', () => {
    expect(
      ingestedParagraphs(
        [
          'مقتل تسعة أشخاص في أسبوع من الفوضى الأمنية شمالي سوريا',
          'قتل تسعة أشخاص على الأقل الأسبوع الماضي في تفجيرات واغتيالات واشتباكات في ريف حلب الشمالي، بحسب مصادر محلية.',
          'ويوم الثلاثاء، قتل أربعة مدنيين بانفجار سيارة مفخخة في سوق مدينة أعزاز.',
          'ويوم الخميس، اغتال مسلحون مجهولون عضواً في المجلس المحلي في مدينة جنديرس.',
          'ويوم السبت، قتل مقاتل في اشتباكات بين فصيلين في مدينة الباب.',
        ],
        '2021-03-08',
      ),
    ).toEqual([
      { from: '2021-03-02', to: '2021-03-02', governorate: 'Aleppo', killed: 4, wounded: null },
      { from: '2021-03-04', to: '2021-03-04', governorate: 'Aleppo', killed: 1, wounded: null },
      { from: '2021-03-06', to: '2021-03-06', governorate: 'Aleppo', killed: 1, wounded: null },
    ]);
  });

  it('"as protests turned violent in several towns": the towns\' incidents, not the lead', () => {
    expect(
      ingestedParagraphs(
        [
          'Four killed as protests spread in Dhi Qar',
          'Four people were killed and more than 50 wounded on Monday as protests turned violent in several towns of Dhi Qar province, officials said.',
          'In Shatra, three protesters were killed and about 30 wounded when guards fired on a crowd outside a party office.',
          'In Rifai, one protester died and 15 people were hurt in clashes with police.',
        ],
        '2019-11-26',
      ),
    ).toEqual([
      { from: '2019-11-25', to: '2019-11-25', governorate: 'Dhi Qar', killed: 3, wounded: 30 },
      { from: '2019-11-25', to: '2019-11-25', governorate: 'Dhi Qar', killed: 1, wounded: 15 },
    ]);
  });

  it('"Two others died … on the village of X" after the lead\'s first item: the rest of the lead\'s toll', () => {
    expect(
      ingestedParagraphs(
        [
          'Air strikes kill five in Idlib',
          'Air strikes killed at least five civilians in the Idlib region on Tuesday, a monitor said.',
          'Three civilians were killed when warplanes struck the town of Saraqib in Idlib province on Tuesday morning, the monitor said.',
          'Two others died in barrel-bomb attacks on the village of Tell Dibsa, further west, it said.',
        ],
        '2019-06-12',
      ),
    ).toEqual([
      { from: '2019-06-11', to: '2019-06-11', governorate: 'Idlib', killed: 3, wounded: null },
      { from: '2019-06-11', to: '2019-06-11', governorate: 'Idlib', killed: 2, wounded: null },
    ]);
  });
});
