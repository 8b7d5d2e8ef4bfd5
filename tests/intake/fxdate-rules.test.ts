// Rules of which day an incident took place (issue 12, dates that lose an incident), each on an example written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's day range and its counts. */
const drafted = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) => ({
    from: x.date.from,
    to: x.date.to,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('a roundup heading that announces the deaths dates its undated items', () => {
  it('gives "…recorded dozens of deaths across the country on Thursday, March 7:" to every item after it', () => {
    expect(
      drafted(
        [
          'Monitor: dozens killed in Syria',
          'A monitoring group recorded dozens of deaths across the country on Thursday, March 7:',
          'Hama: six civilians were killed when government jets bombed the town of Kafr Zita.',
          'Raqqa: two fighters of the Syrian Democratic Forces were killed by a landmine near Tabqa.',
        ],
        '2019-03-08',
      ),
    ).toEqual([
      { from: '2019-03-07', to: '2019-03-07', killed: 6, wounded: null },
      { from: '2019-03-07', to: '2019-03-07', killed: 2, wounded: null },
    ]);
  });

  it('leaves a dateline\'s day ("موقع … – 6 رجب 1444 هجرية") to the statement\'s own', () => {
    expect(
      drafted(
        [
          'مقتل مقاتلين اثنين من الحشد شمال ديالى',
          // (the dateline opens the statement's paragraph)
          'موقع أخبار المقاومة الإسلامية – العراق – 6 رجب 1444 هجرية\nأعلنت هيئة الحشد الشعبي، اليوم السبت، استشهاد مقاتلين اثنين بانفجار عبوة ناسفة قرب قضاء خانقين شمال ديالى.',
        ],
        '2023-01-28',
      ),
    ).toEqual([{ from: '2023-01-28', to: '2023-01-28', killed: 2, wounded: null }]);
  });
});

describe("a span an item reaches back over is that item's alone", () => {
  it('does not carry "…wounded last week … died of his wounds" to the undated items after it', () => {
    expect(
      drafted(
        [
          'Iraq roundup: five killed',
          'At least five people were killed in attacks across Iraq.',
          'A policeman who was wounded last week in a bombing in Tikrit died of his wounds.',
          'Gunmen shot dead two farmers near Khalis in Diyala province.',
          'A roadside bomb killed two soldiers in the Hamrin mountains in Kirkuk province.',
        ],
        '2019-04-10',
      ),
    ).toEqual([
      { from: '2019-04-01', to: '2019-04-10', killed: 1, wounded: null },
      { from: '2019-04-10', to: '2019-04-10', killed: 2, wounded: null },
      { from: '2019-04-10', to: '2019-04-10', killed: 2, wounded: null },
    ]);
  });
});

describe('the day a statement was made is not the day of the event it tells', () => {
  it('dates "اتهمت الوزارة، اليوم السبت، … بشن هجوم …، مساء الخميس" by the Thursday', () => {
    expect(
      drafted(
        [
          'الداخلية تتهم مسلحين بقتل شرطيين',
          'اتهمت وزارة الداخلية، اليوم السبت، مسلحين مجهولين بشن هجوم على دورية للشرطة قرب قضاء طوزخورماتو شرقي صلاح الدين، مساء الخميس، أسفر عن مقتل شرطيين اثنين وإصابة ثالث.',
        ],
        '2020-05-16',
      ),
    ).toEqual([{ from: '2020-05-14', to: '2020-05-14', killed: 2, wounded: 1 }]);
  });

  it('keeps the day a clause opens with ("On Sunday, a bomb … after clashes on Friday")', () => {
    expect(
      drafted(
        [
          'Bomb kills three in Kirkuk',
          'On Sunday, a roadside bomb killed three soldiers near Hawija in Kirkuk province, two days after clashes on Friday in the same area.',
        ],
        '2020-05-17',
      ),
    ).toEqual([{ from: '2020-05-17', to: '2020-05-17', killed: 3, wounded: null }]);
  });
});

describe('a death of wounds told with its day before the day of the blow', () => {
  it('dates "توفي، اليوم الخميس، جندي متأثراً بجروح أصيب بها … يوم الثلاثاء" by the blow, up to the death', () => {
    expect(
      drafted(
        [
          'وفاة جندي متأثرا بجروحه شمال بغداد',
          'توفي، اليوم الخميس، جندي في الجيش العراقي متأثراً بجروح أصيب بها بانفجار عبوة ناسفة قرب قضاء الطارمية شمالي بغداد، يوم الثلاثاء الماضي.',
        ],
        '2021-09-16',
      ),
    ).toEqual([{ from: '2021-09-14', to: '2021-09-16', killed: 1, wounded: null }]);
  });
});

describe('the eve of a feast is the day before it', () => {
  it('dates "…بانفجار عبوة ناسفة في سوق شعبي … عشية عيد الأضحى" the day before the feast', () => {
    expect(
      drafted(
        [
          'مقتل ثلاثة بانفجار عبوة في سوق ببغداد',
          'قتل ثلاثة أشخاص وأصيب عشرة آخرون بانفجار عبوة ناسفة في سوق شعبي بمنطقة البياع جنوبي بغداد عشية عيد الأضحى.',
        ],
        '2019-08-13',
      ),
      // (the feast on the first of its two possible days, as the region announced it: hijri-dates.ts)
    ).toEqual([{ from: '2019-08-10', to: '2019-08-10', killed: 3, wounded: 10 }]);
  });

  it('dates "…killed five shoppers … on the eve of Eid al-Adha" the day before the feast', () => {
    expect(
      drafted(
        [
          'Car bomb kills five in Azaz',
          'A car bomb killed five shoppers and wounded 12 at a crowded market in the town of Azaz in Aleppo province on the eve of Eid al-Adha.',
        ],
        '2019-08-13',
      ),
    ).toEqual([{ from: '2019-08-10', to: '2019-08-10', killed: 5, wounded: 12 }]);
  });
});

describe('the day a victim found dead was abducted is not the day of the finding', () => {
  it('leaves "…a driver who had been abducted on Saturday was found shot" to the day it was reported', () => {
    expect(
      drafted(
        [
          'Body of abducted driver found in Kirkuk',
          'The body of a taxi driver who had been abducted on Saturday was found shot in the head near Daquq in Kirkuk province, police said.',
        ],
        '2019-04-10',
      ),
    ).toEqual([{ from: '2019-04-10', to: '2019-04-10', killed: 1, wounded: null }]);
  });

  it('keeps the finding\'s own day told after it ("…abducted near the border were found on Monday")', () => {
    expect(
      drafted(
        [
          'Bodies of two shepherds found in Anbar',
          'The bodies of two shepherds abducted near the Syrian border were found on Monday in the desert of Rutba in Anbar province.',
        ],
        '2019-04-10',
      ),
    ).toEqual([{ from: '2019-04-08', to: '2019-04-08', killed: 2, wounded: null }]);
  });
});
