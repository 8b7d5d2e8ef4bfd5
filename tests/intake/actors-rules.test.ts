// Rules of who did it and who was hit (issue 12, the roles of unseen probes), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { ingest } from '../../src/intake/ingest.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's perpetrators, and the suspected among them. */
const roles = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null }).map(
    (x) => ({ actors: x.actors, suspected: x.suspected }),
  );

describe('who came after the event is no side of it', () => {
  it('"فرضت قوة من الشرطة طوقا": the force that cordoned the site off did not set the bomb', () => {
    expect(
      roles(
        [
          'قتل مدنيان وأصيب أربعة آخرون بانفجار عبوة ناسفة في سوق شعبي وسط مدينة بعقوبة صباح اليوم.',
          'وأضاف المصدر أن قوة من الشرطة فرضت طوقا أمنيا حول موقع الانفجار.',
        ],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([{ actors: [], suspected: [] }]);
  });

  it('"باشرت القوات الأمنية عملية تفتيش": the force hunting the attackers afterwards is not one of them', () => {
    expect(
      roles(
        [
          'قتل مدني بهجوم نفذه مسلحون مجهولون على محل تجاري في قضاء المقدادية بمحافظة ديالى اليوم.',
          'وقال المصدر إن "المحل تعرض لإطلاق نار كثيف ما أدى إلى مقتل صاحبه"، مبينا أن القوات الأمنية باشرت عملية تفتيش واسعة في القرى المجاورة.',
        ],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([{ actors: ['unknown_gunmen'], suspected: [] }]);
  });
});

describe('the holder of a place is no side', () => {
  it('"the Turkish-held town": who holds the town did not set off the car bomb', () => {
    expect(
      roles(
        [
          'A car bomb killed five people at a market in the Turkish-held town of Jarablus in Aleppo province on Sunday.',
        ],
        'en',
        '2021-05-04',
      ),
    ).toEqual([{ actors: [], suspected: [] }]);
  });
});

describe('names the actor table knows in more spellings', () => {
  it('"حزب العمال الكوردستاني" (the Kurdish spelling): the party whose gunmen attacked is the doer', () => {
    expect(
      roles(
        [
          'قتل ثلاثة من حراس الحدود بهجوم شنه مسلحو حزب العمال الكوردستاني على مخفر حدودي في قضاء زاخو بمحافظة دهوك اليوم.',
        ],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([{ actors: ['pkk'], suspected: [] }]);
  });

  it('"قوات الجيش العربي السوري ومسلحي قسد": the Syrian army by its own name, shelled with the SDF beside it', () => {
    expect(
      roles(
        [
          'قتل ثلاثة مدنيين بقصف مدفعي تركي على قرى خطوط التماس مع قوات الجيش العربي السوري ومسلحي "قسد" في ريف عين العرب بمحافظة حلب اليوم.',
        ],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([{ actors: ['turkey'], suspected: [] }]);
  });
});

describe('factions named by their patron', () => {
  it('"الفصائل المسلحة الموالية لها": factions loyal to Turkey are not the Iran-backed factions, nor is Turkey their target', () => {
    expect(
      roles(
        [
          'قتل مدنيان وأصيب خمسة آخرون بعد أن قصفت القوات التركية والفصائل المسلحة الموالية لها قرى في ريف تل تمر بمحافظة الحسكة اليوم.',
        ],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([{ actors: ['turkey'], suspected: [] }]);
  });
});

describe('the sides of a clash', () => {
  it('"اشتباكات بين عناصر قسد ومسلحين": the force named after "between" fought, it was not only hit', () => {
    expect(
      roles(
        [
          'قتل ثلاثة مدنيين جراء اشتباكات بين عناصر "قسد" ومسلحين من أبناء العشائر في بلدة الصور بريف دير الزور اليوم.',
        ],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([{ actors: ['sdf'], suspected: [] }]);
  });
});

describe('suspected, with a verb of belonging between', () => {
  it('"الذي يعتقد أنه ينتمي إلى تنظيم داعش": the bomber is only believed to be ISIS', () => {
    expect(
      roles(
        [
          'قتل ثلاثة جنود بتفجير انتحاري قرب نقطة للجيش في قضاء الحويجة بمحافظة كركوك اليوم.',
          'وقال مصدر أمني إن الانتحاري، الذي يعتقد أنه ينتمي إلى تنظيم داعش، فجر نفسه عند النقطة.',
        ],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([{ actors: ['isis'], suspected: ['isis'] }]);
  });
});

describe('members as the object of the blow', () => {
  it('"استهدفت عناصر من حزب العمال": the group whose members the strike hit is its target', () => {
    expect(
      roles(
        [
          'قتل اثنان بغارة شنتها طائرة مسيرة تركية في ناحية سيدكان بمحافظة أربيل اليوم، استهدفت عناصر من حزب العمال الكوردستاني.',
        ],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([{ actors: ['turkey'], suspected: [] }]);
  });
});

describe('whoever gives the toll is not a side', () => {
  it('"Turkish officials and a war monitor said": the officials only tell of the bomb', () => {
    expect(
      roles(
        [
          'At least six people were killed when a car bomb exploded at a market in the town of Tal Abyad in Raqqa province on Monday, Turkish officials and a war monitor said.',
        ],
        'en',
        '2021-05-04',
      ),
    ).toEqual([{ actors: [], suspected: [] }]);
  });
});

describe("a roundup's lead lends its doer to the strikes it lists", () => {
  const drafted = (raw: string, published: string) => {
    const result = ingest(raw, { published });
    if (!result.ok) throw new Error(result.error);
    return result.draft.incidents.map((x) => [x.killed, x.actors.map((a) => a.en)]);
  };

  it('"Syrian government shelling killed six…": each strike listed after with no doer of its own is the army\'s', () => {
    expect(
      drafted(
        [
          'Syria Government Shelling Kills 6 in Northwest',
          '',
          "BEIRUT (AP) -- Syrian government shelling on Tuesday killed six people, including two children, in the last opposition-held enclave in the country's northwest, activists and medics said.",
          '',
          'The shelling hit the village of Kafr Zita in Hama province, killing a woman and her two daughters, according to the Syrian Civil Defense.',
          '',
          'Shelling also struck a shop in the nearby town of al-Lataminah, killing its owner and wounding his brother, the group said.',
        ].join('\n'),
        '2021-05-04',
      ),
    ).toEqual([
      [3, ['the Syrian army']],
      [1, ['the Syrian army']],
    ]);
  });

  it('"Syrian government rocket fire": the army\'s rockets by the name the lead gives them', () => {
    expect(
      drafted(
        [
          'Government Rockets Kill 4 in Idlib',
          '',
          'Syrian government rocket fire on the town of Sarmin in Idlib province killed four civilians on Tuesday, rescuers said.',
        ].join('\n'),
        '2021-05-04',
      ),
    ).toEqual([[4, ['the Syrian army']]]);
  });
});

describe('men killed by their own bomb', () => {
  it('"a bomb they were planting went off prematurely": the militants who died are its doers', () => {
    expect(
      roles(
        [
          'Three IS militants were killed on Monday when a bomb they were planting on a road near the town of Baiji in Salahuddin province went off prematurely.',
        ],
        'en',
        '2021-05-04',
      ),
    ).toEqual([{ actors: ['isis'], suspected: [] }]);
  });
});

describe('event types from the words for the blow', () => {
  const types = (paragraphs: string[], lang: 'ar' | 'en') =>
    extractIncidents(splitSentences(paragraphs, lang), {
      lang,
      published: '2021-05-04',
      resolvePlace,
      titlePlace: null,
    }).map((x) => x.event.subType);

  it('"لغارتين": two air strikes, told in the dual, are air strikes', () => {
    expect(types(['قتل ثلاثة مدنيين اليوم بغارتين على بلدة سراقب في ريف إدلب.'], 'ar')).toEqual([
      'air_drone_strike',
    ]);
  });

  it('"بشجار مسلح": an armed quarrel between families is a fight, not an attack on civilians', () => {
    expect(
      types(
        ['قتل شخص وأصيب اثنان آخران بجروح في شجار مسلح بين عائلتين في قضاء الزبير بمحافظة البصرة اليوم.'],
        'ar',
      ),
    ).toEqual(['armed_clash']);
  });

  it('"army aircraft bombed a hideout": aircraft that bomb make an air strike', () => {
    expect(
      types(
        [
          'Iraqi army aircraft bombed a cave near the town of Rutba in Anbar province on Monday, killing five militants.',
        ],
        'en',
      ),
    ).toEqual(['air_drone_strike']);
  });
});

describe('members of a group named as the ones hit', () => {
  it('"مقتل قيادي في تنظيم "داعش"": the group in quotes is still the one whose leader was killed', () => {
    expect(
      roles(
        [
          'نفذت قوات التحالف الدولي عملية إنزال جوي فجر اليوم في قرية قرب مدينة الشدادي بريف الحسكة، أسفرت عن مقتل قيادي في تنظيم "داعش".',
        ],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([{ actors: ['coalition'], suspected: [] }]);
  });

  it('"killing two fighters of the Kurdish-led Syrian Democratic Forces": the force whose fighters died was hit', () => {
    expect(
      roles(
        [
          'A Turkish drone struck a car near the town of Amuda in Hasakah province on Monday, killing two fighters of the Kurdish-led Syrian Democratic Forces.',
        ],
        'en',
        '2021-05-04',
      ),
    ).toEqual([{ actors: ['turkey'], suspected: [] }]);
  });
});

describe("a blow told as probably the regime's", () => {
  it('"بقصف لطائرة حربية يرجح أنها للنظام": the regime, suspected', () => {
    expect(
      roles(
        ['قتلت امرأة بغارة لطائرة حربية يرجح أنها للنظام على بلدة كفرنبل في ريف إدلب اليوم.'],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([{ actors: ['syrian_army'], suspected: ['syrian_army'] }]);
  });
});
