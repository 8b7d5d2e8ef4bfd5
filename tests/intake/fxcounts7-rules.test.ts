// Rules from the fxcounts7 round (issue 12, a count read wrong): the dead of a span told in years
// (a group's or a campaign's history, a figure and no toll), a different account announced in the
// clause that gives it, a verb of harm denied ("was not hurt"), and an ordinal before an event ("a
// second blast"), which counts blows, not people, and a risen toll of a fight going on since a weekday;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the dead of a span told in years are no toll of the event told before', () => {
  it('"in its 30-year insurgency, the group has been responsible for the deaths of over 20,000 people"', () => {
    expect(
      ingested(
        'Rockets hit Jarablus',
        [
          'Two civilians were killed on Tuesday when rockets struck the market of Jarablus in the Aleppo countryside, witnesses said.',
          'On Sunday, a shell fired from the same positions wounded a farmer and his daughter near the town.',
          'In its 30-year insurgency, the group has been responsible for the deaths of over 20,000 people, officials say.',
        ],
        '2021-03-09',
      ),
    ).toEqual([
      { from: '2021-03-09', to: '2021-03-09', governorate: 'Aleppo', killed: 2, wounded: null },
      { from: '2021-03-07', to: '2021-03-07', governorate: 'Aleppo', killed: null, wounded: 2 },
    ]);
  });

  it('"وقد قتل التنظيم أكثر من 30 ألف شخص على مدى 35 عاما": the same in Arabic', () => {
    expect(
      ingested(
        'قصف على منبج',
        [
          'قتل مدنيان بقصف صاروخي استهدف سوق مدينة منبج في ريف حلب ظهر اليوم الثلاثاء.',
          'وأصيبت امرأة وابنها يوم الأحد بقذيفة أطلقت من المواقع ذاتها على قرية قرب المدينة.',
          'وقد قتل التنظيم أكثر من 30 ألف شخص على مدى 35 عاما.',
        ],
        '2021-03-09',
      ),
    ).toEqual([
      { from: '2021-03-09', to: '2021-03-09', governorate: 'Aleppo', killed: 2, wounded: null },
      { from: '2021-03-07', to: '2021-03-07', governorate: 'Aleppo', killed: null, wounded: 2 },
    ]);
  });
});

describe('a different account announced in the clause that gives its figures', () => {
  it('"a statement gave a different account, saying four of its men were killed": the first count stays', () => {
    expect(
      ingested(
        'Attack on an army post in Diyala',
        [
          'Three soldiers were killed and one was wounded when gunmen attacked an army post in Muqdadiyah in Diyala province on Thursday, a police source said.',
          'An army statement gave a different account, saying four of its men were "martyred" and three hurt while "repelling" the attackers.',
        ],
        '2021-05-07',
      ),
    ).toEqual([{ from: '2021-05-06', to: '2021-05-06', governorate: 'Diyala', killed: 3, wounded: 1 }]);
  });
});

describe('a verb of harm denied counts no one', () => {
  it('"his driver, who was with him, was not hurt": the dead man only', () => {
    expect(
      ingested(
        'Official shot dead in Daraa',
        [
          'A local official was shot dead by unknown gunmen in the town of Nawa in the Daraa countryside on Thursday evening.',
          'His driver, who was in the car with him, was not hurt.',
        ],
        '2021-05-07',
      ),
    ).toEqual([{ from: '2021-05-06', to: '2021-05-06', governorate: 'Daraa', killed: 1, wounded: null }]);
  });
});

describe('an ordinal before an event counts the blows, not the people', () => {
  it('"as a second bomb wounded passers-by": the wounded counted later are the toll', () => {
    expect(
      ingested(
        'Bombs hit Baquba',
        [
          'A car bomb exploded near a market in Baquba in Diyala province on Friday, killing six people, as a second bomb wounded passers-by nearby, police said.',
          'A doctor at the city hospital said six were killed and 23 wounded.',
        ],
        '2013-03-09',
      ),
    ).toEqual([{ from: '2013-03-08', to: '2013-03-08', governorate: 'Diyala', killed: 6, wounded: 23 }]);
  });
});

describe("a toll risen of a fight still going on since a weekday is that fight's", () => {
  it('"ارتفعت حصيلة الاشتباكات المستمرة منذ مساء السبت … إلى خمسة قتلى، بعد وفاة …": five dead', () => {
    expect(
      ingested(
        'اشتباكات في طفس',
        [
          'ارتفعت حصيلة الاشتباكات المستمرة منذ مساء السبت الماضي في مدينة طفس بريف درعا الغربي إلى خمسة قتلى، بعد وفاة مقاتل صباح اليوم الثلاثاء متأثراً بجراحه.',
        ],
        '2022-08-02',
      ),
    ).toEqual([{ from: '2022-07-30', to: '2022-07-30', governorate: 'Daraa', killed: 5, wounded: null }]);
  });

  it('"the toll of the clashes raging since Saturday night … rose to five, after …": five dead', () => {
    expect(
      ingested(
        'Clashes in Tafas',
        [
          'The toll of the clashes raging since Saturday night in the town of Tafas in western Daraa rose to five dead, after a fighter died of his wounds on Tuesday morning.',
        ],
        '2022-08-02',
      ),
    ).toEqual([{ from: '2022-07-30', to: '2022-07-31', governorate: 'Daraa', killed: 5, wounded: null }]);
  });
});
