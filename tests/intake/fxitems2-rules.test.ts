// Rules from the fxitems2 round (issue 12, a roundup's counts attached to the wrong item), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted, tolls } from '../support/tolls.js';

describe('a count told of "the two towns" the items before named is their sum, no item\'s own', () => {
  it('"wounded in the two towns" after two items: neither gets the wounded', () => {
    expect(
      tolls(
        [
          'Government air strikes killed four civilians in the town of Saraqeb on Friday, a war monitor said.',
          'Artillery fire killed two more in the town of Ariha, the monitor added.',
          'At least 12 people were wounded in the two towns, it said.',
        ],
        'en',
        '2020-01-18',
      ),
    ).toEqual([
      { killed: 4, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });

  it('"وأصيب … في البلدات الثلاث" after three items: the wounded of the three, none of one', () => {
    expect(
      tolls(
        [
          'قتل مدنيان جراء غارة جوية على بلدة سراقب، فيما قتل ثلاثة مواطنين بقصف مدفعي على مدينة أريحا، كما قتل طفل بقصف صاروخي على بلدة بنش، وأصيب 14 آخرون بجراح في البلدات الثلاث.',
        ],
        'ar',
        '2020-01-18',
      ),
    ).toEqual([
      { killed: 2, wounded: null },
      { killed: 3, wounded: null },
      { killed: 1, wounded: null },
    ]);
  });
});

describe('a count the source gives "without a breakdown" after the items is their sum', () => {
  it('"The raids also wounded 18 people, …, without giving a breakdown": no item gets the wounded', () => {
    expect(
      tolls(
        [
          'Government air strikes killed four civilians in the town of Saraqeb on Friday, a war monitor said.',
          'Artillery fire killed two more in the town of Ariha, the monitor added.',
          "The raids also wounded 18 people, the monitor's head told reporters, without giving a breakdown.",
        ],
        'en',
        '2020-01-18',
      ),
    ).toEqual([
      { killed: 4, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('a lead toll told of two towns it names together sums the two items told after it', () => {
  it('"…استهدف مدينة X وبلدة Y … إلى سبعة", then X\'s five and Y\'s two: two items, no lead', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا القصف المدفعي الذي استهدف مدينة سراقب وبلدة تفتناز في ريف إدلب، اليوم السبت، إلى سبعة مدنيين، بحسب الدفاع المدني.',
          'وأوضح الدفاع المدني أن القذائف سقطت على السوق الرئيسي في سراقب، ما أدى لمقتل خمسة مدنيين، وإصابة ١٢ آخرين.',
          'وفي بلدة تفتناز المجاورة، قتل مدنيان جراء قذيفة سقطت على منزلهما.',
        ],
        'ar',
        '2020-01-18',
      ),
    ).toEqual([
      { killed: 5, wounded: 12 },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('"أما المرصد فذكر أن…": another source\'s figures of an item told, no event of its own', () => {
  it("the observatory's count at the first town after the civil defence's items: no third item", () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا القصف المدفعي الذي استهدف مدينة سراقب وبلدة تفتناز في ريف إدلب، اليوم السبت، إلى سبعة مدنيين، بحسب الدفاع المدني.',
          'وأوضح الدفاع المدني أن القذائف سقطت على السوق الرئيسي في سراقب، ما أدى لمقتل خمسة مدنيين، وإصابة ١٢ آخرين.',
          'وفي بلدة تفتناز المجاورة، قتل مدنيان جراء قذيفة سقطت على منزلهما.',
          'أما المرصد السوري فذكر أن ستة مدنيين قتلوا في سراقب.',
        ],
        'ar',
        '2020-01-18',
      ),
    ).toEqual([
      { killed: 5, wounded: 12 },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('"، و٤ مواطنين قضوا في…": a count in digits after "، و" with a verb of its own opens the next item', () => {
  it("the first item's wounded stay with it, the next item's dead with its place", () => {
    expect(
      tolls(
        [
          'وثق المرصد مقتل ٣ مدنيين قضوا بغارة جوية على بلدة كفرنبل ظهر اليوم، فيما أصيب أكثر من 6 آخرين بجراح، و٢ مواطنين قضوا بقصف صاروخي على مدينة أريحا مساء أمس، وأصيب 4 آخرون.',
        ],
        'ar',
        '2020-01-18',
      ),
    ).toEqual([
      { killed: 3, wounded: 6 },
      { killed: 2, wounded: 4 },
    ]);
  });
});

describe('"الضحايا هم: N …": the count after the victims\' copula is the count of its verb', () => {
  it('"فإن الضحايا هم: ٤ مواطنين بينهم طفل قضوا في…": four dead', () => {
    expect(
      tolls(
        [
          'وبحسب مصادر محلية، فإن الضحايا هم: ٤ مواطنين بينهم طفل قضوا في غارة جوية على مدينة سراقب صباح اليوم.',
        ],
        'ar',
        '2020-01-18',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe('"Khan Sheikhun", the wire spelling of Khan Shaykhun, is the town', () => {
  it('"…, while helicopters dropped barrel bombs on Khan Sheikhun, killing two": an item of its own, not more of the town before', () => {
    expect(
      extracted(
        [
          'Regime air strikes killed three civilians in the town of Kafranbel on Monday, while helicopters dropped barrel bombs on Khan Sheikhun, killing two, the monitor said.',
        ],
        'en',
        '2020-01-18',
      ).map((x) => ({ town: x.place.locality?.en ?? null, killed: x.killed })),
    ).toEqual([
      { town: 'Kafr Nabl', killed: 3 },
      { town: 'Khan Shaykhun', killed: 2 },
    ]);
  });
});
