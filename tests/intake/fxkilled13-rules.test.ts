// Rules from the fxkilled13 round (issue 12, a killed count read wrong): a tally from a decade on, an
// event told as harming no one, an account told as denied, the count a toll had before it rose, an
// age spelled out inside a list of the dead, a long aside between a count and its passive verb; each
// on sentences written for it, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a toll counted "since" a decade is a tally, no figure of the event before it', () => {
  it('"since the early 1990s": the bombing keeps its two wounded and no dead', () => {
    expect(
      ingested(
        'Party official wounded near Erbil',
        [
          'Two members of the party were wounded on Sunday when a bomb went off under their car on a road outside Erbil.',
          'The party says more than 300 of its cadres have been assassinated in the region since the early 1990s.',
        ],
        '2015-09-14',
      ),
    ).toEqual([{ from: '2015-09-13', to: '2015-09-13', governorate: 'Erbil', killed: null, wounded: 2 }]);
  });
  it('"منذ التسعينيات": the same in Arabic', () => {
    expect(
      ingested(
        'إصابة عضوين في حزب كردي بانفجار في أربيل',
        [
          'أصيب عضوان في الحزب، يوم الأحد، بانفجار عبوة ناسفة تحت سيارتهما على طريق خارج مدينة أربيل.',
          'ويقول الحزب إن أكثر من 300 من كوادره قتلوا في الإقليم منذ التسعينيات.',
        ],
        '2015-09-14',
      ),
    ).toEqual([{ from: '2015-09-13', to: '2015-09-13', governorate: 'Erbil', killed: null, wounded: 2 }]);
  });
});

describe('"دون أن يسفر عن إصابات": an event told by a verb as harming no one has 0 dead and 0 wounded', () => {
  it('shelling "دون أن يسفر عن إصابات بشرية"', () => {
    expect(
      ingested(
        'قصف مدفعي على قرى حدودية في دهوك',
        [
          'سقطت قذائف مدفعية، صباح اليوم الأحد، على أطراف قرية حدودية في قضاء زاخو بمحافظة دهوك، ما أدى إلى احتراق مساحات من الحقول، دون أن يسفر عن إصابات بشرية.',
        ],
        '2019-06-02',
      ),
    ).toEqual([{ from: '2019-06-02', to: '2019-06-02', governorate: 'Duhok', killed: 0, wounded: 0 }]);
  });
});

describe('a claim the article names as a denied account ("وهي رواية نفاها") gives the event no toll', () => {
  it('Arabic: the killing told by one side and denied by the other is no count of the shelling', () => {
    expect(
      ingested(
        'قصف مدفعي على قرى حدودية في دهوك',
        [
          'سقطت قذائف مدفعية، صباح اليوم الأحد، على أطراف قرية حدودية في قضاء زاخو بمحافظة دهوك، ما أدى إلى احتراق الحقول.',
          'وكانت وكالة مقربة من الجيش قد قالت إن وحداته اشتبكت مع مسلحين قرب الحدود وقتلت أربعة منهم، وهي رواية نفاها الحزب.',
        ],
        '2019-06-02',
      ),
    ).toEqual([{ from: '2019-06-02', to: '2019-06-02', governorate: 'Duhok', killed: null, wounded: null }]);
  });
  it('English: "…, a version the group rejected"', () => {
    expect(
      ingested(
        'Shells land near border villages in Duhok',
        [
          'Artillery shells fell on fields outside a border village in Zakho district of Duhok province on Sunday morning, setting crops on fire.',
          'A news agency close to the army said four gunmen were killed in the shelling, a version the group rejected.',
        ],
        '2019-06-02',
      ),
    ).toEqual([{ from: '2019-06-02', to: '2019-06-02', governorate: 'Duhok', killed: null, wounded: null }]);
  });
});

describe('"بعد أن كان المرصد قد وثق مقتل N": the count before the rise, not a tally', () => {
  it('Arabic: the risen toll stands, with its wounded', () => {
    expect(
      ingested(
        'ارتفاع حصيلة كمين في بادية حمص',
        [
          'ارتفع إلى ١٤ عدد قتلى عناصر الجيش جراء الكمين الذي نصبه مسلحون مساء أمس الاثنين لحافلة عسكرية في بادية تدمر بريف حمص الشرقي، بعد أن كان المرصد قد وثق مقتل ٩ منهم في وقت سابق، في حين أصيب ٦ آخرون بجروح.',
        ],
        '2021-03-09',
      ),
    ).toEqual([{ from: '2021-03-08', to: '2021-03-08', governorate: 'Homs', killed: 14, wounded: 6 }]);
  });
  it('English: "…rose to 14, after the monitor had documented the deaths of nine"', () => {
    expect(
      ingested(
        'Toll of desert ambush rises',
        [
          'The death toll of an ambush on an army bus near Palmyra in Homs province on Monday evening rose to 14, after the monitor had documented the deaths of nine soldiers earlier.',
        ],
        '2021-03-09',
      ),
    ).toEqual([{ from: '2021-03-08', to: '2021-03-08', governorate: 'Homs', killed: 14, wounded: null }]);
  });
});

describe('an age spelled out ("البالغة من العمر 9 أعوام") inside a list of the dead does not end it', () => {
  it('a man, his son "البالغ من العمر 9 أعوام" and two others: four dead', () => {
    expect(
      ingested(
        'قتلى بقصف على منزل في دهوك',
        [
          'قُتل مزارع وابنه البالغ من العمر 9 أعوام وشخصان آخران، وأصيب ثلاثة بجروح، جراء قصف استهدف منزلهم في قضاء زاخو بمحافظة دهوك، مساء أمس السبت.',
        ],
        '2019-06-02',
      ),
    ).toEqual([{ from: '2019-06-01', to: '2019-06-01', governorate: 'Duhok', killed: 4, wounded: 3 }]);
  });
});

describe('a long aside between commas does not put a count out of reach of its passive verb', () => {
  it('"two Islamic State members, including a commander it blamed for…, were killed": two dead', () => {
    expect(
      ingested(
        'Two militants killed in raid near Raqqa',
        [
          'Kurdish-led forces said on Friday that two Islamic State members, including a local commander it blamed for a long series of bombings, were killed in a raid on a farm in the countryside of Raqqa.',
        ],
        '2022-04-08',
      ),
    ).toEqual([{ from: '2022-04-08', to: '2022-04-08', governorate: 'Raqqa', killed: 2, wounded: null }]);
  });
});
