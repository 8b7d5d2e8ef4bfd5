// Rules found on probe-x's misses (issue 12), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { tollsWithAttackers } from '../support/tolls.js';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

describe('a toll counted since an unrest or a war broke out is a total, not an incident', () => {
  it('"since the unrest broke out on March 3": one incident, the clash of the day', () => {
    expect(
      tollsWithAttackers(
        [
          'Police fired tear gas and live ammunition at crowds in the city of Nasiriyah on Friday, killing two demonstrators and wounding 31, a hospital official said.',
          'Activists say at least 180 people have been killed and some 5,000 wounded in Dhi Qar province since the unrest broke out on March 3.',
        ],
        'en',
        '2020-05-23',
      ),
    ).toEqual([{ killed: 2, wounded: 31, attackersKilled: null }]);
  });
});

describe('attackers killed "in the assault" just told are that assault\'s', () => {
  it('"Two of the gunmen were also killed in the assault on the checkpoint near …": one incident', () => {
    expect(
      tollsWithAttackers(
        [
          'Militants stormed a police checkpoint west of Baiji on Sunday, killing four policemen and wounding six, a police officer said.',
          'Two of the gunmen were also killed in the assault on the checkpoint near the village of Albu Juwari, about 20 km north of Tikrit, the officer added.',
        ],
        'en',
        '2021-03-15',
      ),
    ).toEqual([{ killed: 4, wounded: 6, attackersKilled: 2 }]);
  });
});

describe('a fight with the attackers told with its conjunction ("واشتبكوا مع المهاجمين") is the attack just told', () => {
  it('"فاشتبكوا مع المسلحين … ما أدى إلى مقتل ثلاثة من عناصر التنظيم": one incident, the three are attackers', () => {
    expect(
      tollsWithAttackers(
        [
          'قتل جنديان من الجيش العراقي بهجوم شنه مسلحون من تنظيم داعش على ثكنة عسكرية قرب قضاء الطارمية شمالي بغداد فجر اليوم الخميس.',
          'وأضاف المصدر أن الجنود صمدوا في مواقعهم فاشتبكوا مع المسلحين لأكثر من ساعتين، ما أدى إلى مقتل ثلاثة من عناصر التنظيم.',
        ],
        'ar',
        '2022-02-17',
      ),
    ).toEqual([{ killed: 2, wounded: null, attackersKilled: 3 }]);
  });
});

describe('the victims just counted, told again in parts, are the same victims', () => {
  it('"Three of the shepherds died at the scene, and a fourth …": four dead, one incident', () => {
    expect(
      tollsWithAttackers(
        [
          'Four shepherds were killed and one wounded when gunmen opened fire on them near the town of Jalawla in Diyala province on Tuesday, police said.',
          'Three of the shepherds died at the scene, and a fourth was pronounced dead on arrival at hospital, a police officer said.',
        ],
        'en',
        '2021-04-14',
      ),
    ).toEqual([{ killed: 4, wounded: 1, attackersKilled: null }]);
  });

  it('"إن اثنين من المزارعين قتلا على الفور، بينما توفي ثالث": three dead, one incident', () => {
    expect(
      tollsWithAttackers(
        [
          'قتل ثلاثة مزارعين وأصيب اثنان آخران بهجوم شنه مسلحون على قرية جنوب كركوك مساء أمس الأربعاء.',
          'وأوضح المصدر أن اثنين من المزارعين قتلا على الفور، بينما توفي ثالث في الطريق إلى المستشفى، بحسب قائممقام داقوق.',
        ],
        'ar',
        '2021-04-15',
      ),
    ).toEqual([{ killed: 3, wounded: 2, attackersKilled: null }]);
  });
});

describe('protests named only as what the news drove, with no place of their own, are no incident', () => {
  it('"as long queues at petrol stations sparked angry protests across the south": none', () => {
    expect(
      tollsWithAttackers(
        [
          "Iraq's fuel imports fell by a third on Sunday, the oil ministry said, as long queues at petrol stations sparked angry protests across the south.",
        ],
        'en',
        '2022-08-08',
      ),
    ).toEqual([]);
  });

  it('"ما أثار احتجاجات غاضبة في مدن الجنوب": none', () => {
    expect(
      tollsWithAttackers(
        [
          'انخفض إنتاج الكهرباء في العراق اليوم الأحد بنحو ثلاثة آلاف ميغاواط، ما أثار احتجاجات غاضبة في مدن الجنوب.',
        ],
        'ar',
        '2022-08-08',
      ),
    ).toEqual([]);
  });
});

describe('"وأحد أبنائه", "وأحد الركاب": one of a group, named by the group, is one person more', () => {
  it('"إصابة شقيقه محمود (40 عاماً) وأحد أبنائه": two wounded', () => {
    expect(
      tollsWithAttackers(
        [
          'هاجم مسلحون مجهولون منزل مختار قرية تابعة لناحية العظيم بمحافظة ديالى مساء أمس الجمعة، ما أدى إلى مقتل المختار وإصابة شقيقه محمود (40 عاماً) وأحد أبنائه.',
        ],
        'ar',
        '2021-06-12',
      ),
    ).toEqual([{ killed: 1, wounded: 2, attackersKilled: null }]);
  });

  it('"إصابة السائق وأحد الركاب": two wounded', () => {
    expect(
      tollsWithAttackers(
        [
          'انفجرت عبوة ناسفة بسيارة أجرة على طريق بعقوبة بمحافظة ديالى مساء أمس الجمعة، ما أدى إلى إصابة السائق وأحد الركاب.',
        ],
        'ar',
        '2021-06-12',
      ),
    ).toEqual([{ killed: null, wounded: 2, attackersKilled: null }]);
  });
});

describe('one of the wounded, told by name as dead of the wounds, counts as killed', () => {
  it('"أن علي فارق الحياة متأثراً بجراحه": one more dead, one fewer wounded', () => {
    expect(
      tollsWithAttackers(
        [
          'انفجرت عبوة ناسفة بسيارة أجرة على طريق بعقوبة بمحافظة ديالى مساء أمس الجمعة، ما أدى إلى مقتل السائق وإصابة ثلاثة ركاب.',
          'وأضاف المصدر أن علي فارق الحياة متأثراً بجراحه في المستشفى صباح اليوم السبت.',
        ],
        'ar',
        '2021-06-12',
      ),
    ).toEqual([{ killed: 2, wounded: 2, attackersKilled: null }]);
  });
});

describe('an Arabic cue phrase is matched with its article on every word ("الطائرات الحربية")', () => {
  const kinds = (paragraphs: string[]) =>
    extractIncidents(splitSentences(paragraphs, 'ar'), {
      lang: 'ar',
      published: '2022-06-20',
      resolvePlace,
      titlePlace: null,
    }).map((x) => x.event);

  it('"إن الطائرات الحربية التركية استهدفت منزلاً": an air strike', () => {
    expect(
      kinds([
        'وقال مصدر محلي إن الطائرات الحربية التركية استهدفت منزلاً في قرية تابعة لناحية سيدكان بمحافظة أربيل أمس الأحد، ما أدى إلى مقتل راعيين.',
      ]),
    ).toEqual([{ type: 'explosions_remote_violence', subType: 'air_drone_strike' }]);
  });

  it('"ويأتي التصعيد رغم إعلان وقف لإطلاق النار مطلع الأسبوع": a ceasefire (a noun and its genitive), no shooting of that day', () => {
    const days = extractIncidents(
      splitSentences(
        [
          'قتل مدنيان بقصف مدفعي لقوات النظام على بلدة في ريف إدلب الجنوبي اليوم الاثنين.',
          'وفي ريف إدلب الشرقي، أصيب طفل بجروح جراء قصف صاروخي على أطراف مدينة سرمين.',
          'ويأتي التصعيد رغم إعلان وقف لإطلاق النار مطلع الأسبوع الجاري، بحسب ناشطين.',
        ],
        'ar',
      ),
      { lang: 'ar', published: '2022-06-20', resolvePlace, titlePlace: null },
    ).map((x) => x.date.from);
    expect(days).toEqual(['2022-06-20', '2022-06-20']);
  });
});

describe('what a toll’s verb follows names the event, not the fighting it came amid', () => {
  it('"Air strikes killed seven civilians … as government forces pressed an offensive": an air strike', () => {
    const events = extractIncidents(
      splitSentences(
        [
          'Air strikes killed seven civilians in the town of Saraqeb in Idlib province on Wednesday as government forces pressed an offensive in the south of the province, rescuers said.',
        ],
        'en',
      ),
      { lang: 'en', published: '2020-02-06', resolvePlace, titlePlace: null },
    ).map((x) => x.event);
    expect(events).toEqual([{ type: 'explosions_remote_violence', subType: 'air_drone_strike' }]);
  });
});

describe('the Syrian state’s own aircraft, singular or plural, are the Syrian army', () => {
  it('"A government helicopter dropped barrel bombs on …": the Syrian army', () => {
    const actors = extractIncidents(
      splitSentences(
        [
          'A government helicopter dropped barrel bombs on the village of Kafr Nabl in Idlib province on Thursday, wounding three people, the civil defence said.',
        ],
        'en',
      ),
      { lang: 'en', published: '2020-02-07', resolvePlace, titlePlace: null },
    ).map((x) => x.actors);
    expect(actors).toEqual([['syrian_army']]);
  });
});

describe('a claim whose claimant and channel stand between "أعلن" and "مسؤوليته" is a claim', () => {
  it('"وأعلن تنظيم داعش، في بيان نشره على قناته في تلغرام، مسؤوليته عن التفجير": ISIS did it', () => {
    const actors = extractIncidents(
      splitSentences(
        [
          'قتل ثلاثة جنود وأصيب اثنان بانفجار عبوة ناسفة استهدفت دوريتهم قرب ناحية العظيم بمحافظة ديالى اليوم الأحد.',
          'وقال مدير مستشفى بعقوبة إن بين الجرحى ضابطاً برتبة ملازم.',
          'وأعلن تنظيم داعش، في بيان نشره على قناته في تلغرام، مسؤوليته عن التفجير.',
        ],
        'ar',
      ),
      { lang: 'ar', published: '2021-06-13', resolvePlace, titlePlace: null },
    ).map((x) => x.actors);
    expect(actors).toEqual([['isis']]);
  });
});

describe('a strike named by the Iraqi state ("an Iraqi air strike", "Iraqi F-16 jets") is by its forces', () => {
  const actorsOf = (paragraph: string, lang: 'ar' | 'en') =>
    extractIncidents(splitSentences([paragraph], lang), {
      lang,
      published: '2022-03-10',
      resolvePlace,
      titlePlace: null,
    }).map((x) => x.actors);

  it('"Four militants were killed in an Iraqi air strike in the Hamrin mountains": Iraqi security forces', () => {
    expect(
      actorsOf(
        'Four militants were killed in an Iraqi air strike in the Hamrin mountains in Diyala province on Wednesday, the Joint Operations Command said.',
        'en',
      ),
    ).toEqual([['iraqi_security_forces']]);
  });
});
