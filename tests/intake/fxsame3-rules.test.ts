// Rules from the fxsame3 round (issue 12, one event drafted twice), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents as told, tolls, tollsWithAttackers } from '../support/tolls.js';
import { mergeSameEvents, type EventMention } from '../../src/intake/incidents/same-event.js';

describe('a lead placed only in the country, then the event at a spot of it with the same dead', () => {
  it('"…in northeastern Syria on Friday, killing 12", then the first toll and the raised one at a town of Hasakah', () => {
    expect(
      told(
        [
          'Militants ambushed a convoy of fuel tankers in northeastern Syria on Friday, killing at least 12 drivers, a monitoring group said.',
          'The monitor at first said eight drivers died in the ambush on the road south of the town of Shaddadi in Hasakah province, but later raised the toll to 12 as more bodies were recovered.',
        ],
        'en',
        '2022-09-17',
      ),
    ).toEqual([{ from: '2022-09-16', to: '2022-09-16', governorate: 'Hasakah', killed: 12, wounded: null }]);
  });
});

describe('a source described as "based in" a country', () => {
  it('"…, a monitor based in Britain, said the strike killed four": that source\'s toll of the strike just told', () => {
    expect(
      tolls(
        [
          'An air strike hit a farm near the town of Kiswah south of Damascus early Sunday, killing three people, the state news agency said.',
          'The Syrian Observatory for Human Rights, a monitoring group based in Britain, said the strike killed four people, among them two foreign fighters.',
        ],
        'en',
        '2023-02-19',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('one of the places joined by "and" the event was told at', () => {
  it('"في قريتي X وY", then another source\'s toll with a shell that fell in Y: the same clashes', () => {
    expect(
      tolls(
        [
          'قتل تسعة أشخاص في اشتباكات اندلعت أمس الجمعة بين فصيلين مسلحين في بلدتي الشحيل والبصيرة بريف دير الزور الشرقي، بحسب مصدر محلي.',
          'في المقابل، قالت شبكة محلية إن عدد القتلى بلغ 12 شخصاً، بينهم طفلان قتلا بقذيفة سقطت على منزلهما في البصيرة.',
        ],
        'ar',
        '2022-04-09',
      ),
    ).toEqual([{ killed: 9, wounded: null }]);
  });
});

describe('a toll told on the days of the event, or on the day one more of its dead was found', () => {
  it('"gave a higher toll, saying the hospital had received eight bodies overnight" after an attack late on Sunday', () => {
    expect(
      told(
        [
          'Militants attacked an army post west of Samarra late on Sunday, killing at least six soldiers, an army officer said.',
          'A doctor in Samarra gave a higher toll, saying the city hospital had received the bodies of eight soldiers overnight.',
        ],
        'en',
        '2016-03-14',
      ),
    ).toEqual([
      { from: '2016-03-13', to: '2016-03-13', governorate: 'Salahuddin', killed: 6, wounded: null },
    ]);
  });

  it('"أن عدد القتلى بلغ ثلاثة، مبيناً أن جثة أحدهم عثر عليها صباح اليوم": the toll of the attack of the night before', () => {
    expect(
      told(
        [
          'قتل شخصان وأصيب ثالث، مساء الأحد، بهجوم مسلح استهدف رعاة أغنام في قرية تابعة لقضاء خانقين شمال شرقي بعقوبة.',
          'في المقابل، أكد عضو في مجلس قضاء خانقين أن عدد القتلى بلغ ثلاثة، مبيناً أن "أحد الرعاة عثر على جثته صباح اليوم الاثنين قرب القرية".',
        ],
        'ar',
        '2021-01-18',
      ),
    ).toEqual([{ from: '2021-01-17', to: '2021-01-17', governorate: 'Diyala', killed: 2, wounded: 1 }]);
  });
});

describe('a count "of them" told martyred', () => {
  it('"لغم من مخلفات الإرهابيين … ما أدى إلى استشهاد اثنين منهم": the children the mine hit, not the terrorists', () => {
    expect(
      tollsWithAttackers(
        [
          'قال مصدر في الشرطة إن أطفالاً كانوا يرعون الأغنام قرب قرية في ريف حماة الشرقي عندما انفجر بهم لغم من مخلفات الإرهابيين، ما أدى إلى استشهاد اثنين منهم وإصابة ثالث.',
        ],
        'ar',
        '2021-05-02',
      ),
    ).toEqual([{ killed: 2, wounded: 1, attackersKilled: null }]);
  });
});

describe("the claimant's own figures, told on in the sentence that claimed the event", () => {
  it('"وتبنى تنظيم "الدولة"، عبر معرفاته، الهجوم، وزعم أن عناصره قتلوا وأصابوا ثمانية": its figures of that attack', () => {
    expect(
      tolls(
        [
          'قتل عنصران من الأسايش وأصيب ثلاثة آخرون، إثر هجوم شنه مسلحون من تنظيم "الدولة الإسلامية" على حاجز أمني قرب بلدة الشدادي جنوبي الحسكة.',
          'وقال مصدر محلي إن الهجوم وقع ليل السبت - الأحد، حين استهدف المهاجمون الحاجز بالأسلحة الرشاشة قبل أن ينسحبوا.',
          'وتبنى تنظيم "الدولة"، عبر معرفاته الرسمية، الهجوم، وزعم أن عناصره قتلوا وأصابوا "ثمانية من العناصر" في ريف الحسكة الجنوبي.',
        ],
        'ar',
        '2024-03-03',
      ),
    ).toEqual([{ killed: 2, wounded: 3 }]);
  });
});

describe('people displaced by the fighting told', () => {
  it('"نزحت أكثر من 300 عائلة نحو مدينة X خشية تجدد الاشتباكات": no second event where they went', () => {
    expect(
      tolls(
        [
          'قتل أربعة أشخاص وأصيب ستة آخرون في اشتباكات اندلعت أمس الاثنين بين فصيلين مسلحين في بلدة الصور بريف دير الزور الشمالي.',
          'وأفاد ناشطون بأن أكثر من 300 عائلة نزحت نحو مدينة الحسكة خشية تجدد الاشتباكات، مشيرين إلى أن الهدوء يسود البلدة منذ صباح اليوم.',
        ],
        'ar',
        '2023-06-13',
      ),
    ).toEqual([{ killed: 4, wounded: 6 }]);
  });

  it('"Hundreds of families fled the fighting on Monday to the city of X": no event of its own', () => {
    expect(
      tolls(
        [
          'Clashes between rival tribal fighters killed five people and wounded nine in the town of Busayrah in Deir ez-Zor province on Sunday, a local official said.',
          'Hundreds of families fled the fighting on Monday to the city of Hasakah, the official added.',
        ],
        'en',
        '2023-06-13',
      ),
    ).toEqual([{ killed: 5, wounded: 9 }]);
  });
});

describe('one fight told from either side', () => {
  const muqdadiyah = {
    country: 'IQ' as const,
    governorate: { en: 'Diyala', ar: 'ديالى' },
    district: { en: 'Muqdadiyah', ar: 'المقدادية' },
    locality: null,
    precision: 'district' as const,
    text: 'قضاء المقدادية',
  };
  const telling = (over: Partial<EventMention>): EventMention => ({
    date: { from: '2023-04-08', to: '2023-04-09', precision: 'day' },
    place: muqdadiyah,
    event: { type: 'battles', subType: 'armed_clash' },
    actors: [],
    targets: [],
    suspected: [],
    killed: 2,
    wounded: 4,
    attackersKilled: null,
    sentences: [0],
    checks: [],
    separate: false,
    ...over,
  });
  it('ISIS attacking the army post, then the army killing three of the attackers in "the clash": one event, ISIS its doer', () => {
    const merged = mergeSameEvents([
      telling({ actors: ['isis'], targets: ['iraqi_army'] }),
      telling({ actors: ['iraqi_army'], attackersKilled: 3, sentences: [2] }),
    ]);
    expect(merged.map((x) => ({ actors: x.actors, targets: x.targets, sentences: x.sentences }))).toEqual([
      { actors: ['isis'], targets: ['iraqi_army'], sentences: [0, 2] },
    ]);
  });
});

describe('a governorate named as what the spot borders on', () => {
  it('"في التلال المحاذية لحدود محافظة ديالى": not in Diyala; the source\'s account of the attack told in Salahuddin', () => {
    expect(
      told(
        [
          'أفاد مصدر أمني في محافظة صلاح الدين، اليوم الأحد، بمقتل جنديين وإصابة أربعة آخرين بهجوم شنه مسلحون على نقطة للجيش شرقي المحافظة.',
          'وقال المصدر إن "مسلحين هاجموا ليلة السبت - الأحد نقطة للجيش في التلال المحاذية لحدود محافظة ديالى، ما أسفر عن مقتل جنديين وإصابة أربعة آخرين".',
        ],
        'ar',
        '2022-10-16',
      ).map((x) => x.governorate),
    ).toEqual(['Salahuddin']);
  });
});
