import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../src/intake/actors/actor-table.js';
import { actorRoles } from '../../src/intake/actors/actors.js';
import { matchView } from '../../src/intake/reading/view.js';
import { extracted } from '../support/tolls.js';

// Rules of the sixth round (issue 12), each tested on examples of its own wording.

const summary = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.place.governorate?.en ?? null, x.killed, x.wounded]);

const roles = (text: string) => {
  const view = matchView(text);
  return actorRoles(view, findActorMentions(view));
};

describe('the air force is the armed forces’', () => {
  it.each([
    ['The Iraqi air force struck a tunnel used by militants', ['iraqi_army']],
    ['نفذت القوة الجوية العراقية ضربة على أوكار للإرهابيين', ['iraqi_army']],
    ['Iraqi F-16s bombed a cave used by militants', ['iraqi_army']],
    ['قصفت طائرات حربية تابعة للنظام بلدة كفرنبل', ['syrian_army']],
  ] as const)('%s', (text, actors) => {
    expect(roles(text).actors).toEqual(actors);
  });
});

describe('named in the story, no side in its event', () => {
  it.each([
    // who holds the place, who backs a faction
    ['a bomb exploded in the town of Jarabulus, held by Turkish-backed factions, killing two', []],
    // what the victims were accused of helping
    [
      'gunmen executed three farmers after accusing them of spying for the security forces',
      ['unknown_gunmen'],
    ],
    // whose intelligence guided a strike
    [
      'the raid, carried out on intelligence from the Counter-Terrorism Service, by army aviation',
      ['iraqi_army'],
    ],
  ] as const)('%s', (text, actors) => {
    expect(roles(text).actors).toEqual(actors);
  });

  it('"Turkish-backed Syrian National Army factions" are the SNA, not Turkey', () => {
    expect(roles('clashes between the SDF and Turkish-backed Syrian National Army factions').actors).toEqual([
      'sdf',
      'sna',
    ]);
  });
});

describe('roles told by the verb after the force', () => {
  it('a force that repelled an attack was attacked', () => {
    expect(roles('Police repelled an attack on a checkpoint near Samarra').targets).toEqual(['iraqi_police']);
  });

  it('where the fire came from is who fired: "مصدره مواقع قوات النظام"', () => {
    expect(roles('قتل مدنيان بقصف مدفعي مصدره مواقع قوات النظام').actors).toEqual(['syrian_army']);
  });

  it('"يرجح انتماؤهم لتنظيم داعش" is only suspected', () => {
    expect(roles('بكمين نصبه مسلحون يرجح انتماؤهم لتنظيم داعش')).toMatchObject({
      actors: ['isis'],
      suspected: ['isis'],
    });
  });
});

describe('a victim told again by a pronoun is no other event', () => {
  it('"ما أدى إلى مقتله", "وإصابته طفيفة" point at someone counted before', () => {
    expect(
      summary(
        [
          'قتل شقيقان وأصيب ثالث بانفجار عبوة ناسفة قرب قضاء الرطبة في الأنبار صباح اليوم.',
          'وقال مسؤول محلي إن العبوة انفجرت بأحدهم ما أدى إلى مقتله على الفور، وإن الجريح نقل إلى المستشفى وإصابته طفيفة.',
        ],
        'ar',
        '2022-04-10',
      ),
    ).toEqual([['Anbar', 2, 1]]);
  });
});

describe('where the bodies were taken is not the place', () => {
  it('"نقلت الجثث إلى دائرة الطب العدلي في …", "taken to the morgue in …"', () => {
    expect(
      summary(
        [
          'قتل مسلحان بهجوم فاشل على نقطة للشرطة في قضاء بلد بمحافظة صلاح الدين مساء أمس.',
          'وأضاف المصدر أن جثتي المسلحين نقلتا إلى دائرة الطب العدلي في بغداد.',
        ],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([['Salahuddin', 2, null]]);
  });
});

describe('no event: a claim nobody made, the time of another event', () => {
  it('"لم تعلن أي جهة مسؤوليتها…، إلا أن … داعش", "No group claimed…"', () => {
    expect(
      summary(
        [
          'أصيب ثلاثة جنود بانفجار عبوة ناسفة في قضاء طوزخورماتو بصلاح الدين مساء أمس.',
          'ولم تعلن أي جهة مسؤوليتها عن التفجير، إلا أن المنطقة تشهد نشاطا لخلايا داعش.',
        ],
        'ar',
        '2021-05-04',
      ),
    ).toEqual([['Salahuddin', null, 3]]);
  });

  it('"The shelling came as warplanes kept up their bombardment…" is the background', () => {
    const found = extracted(
      [
        'Rebel shells hit a market in Hama city on Sunday, killing six people.',
        'The shelling came as government warplanes kept up their raids on villages nearby.',
      ],
      'en',
      '2019-05-13',
    );
    // the rebels fired (the opposition's id came after this test); the army's raids add no one
    expect(found.map((x) => [x.killed, x.actors])).toEqual([[6, ['syrian_opposition']]]);
  });
});

describe('another source’s toll of the same event', () => {
  it('"X put the death toll at N", with no event, place or date of its own, is the same event', () => {
    expect(
      summary(
        [
          'Mortar shells hit a school in Deir ez-Zor city on Monday, killing nine people, state media said.',
          'A war monitor put the death toll at six.',
        ],
        'en',
        '2019-05-14',
      ),
    ).toEqual([['Deir ez-Zor', 9, null]]);
  });
});

describe('a place told as near the one before lies in its governorate', () => {
  it('"قرية … القريبة" takes the governorate of the town just told, whatever another village of its name', () => {
    const found = summary(
      [
        'وفي بلدة سرمين شرقي إدلب، قتل مدنيان بقصف مدفعي، فيما أصيب أربعة مدنيين بقصف مماثل على قرية النيرب القريبة.',
      ],
      'ar',
      '2020-02-11',
    );
    expect(found).toEqual([
      ['Idlib', 2, null],
      ['Idlib', null, 4],
    ]);
  });

  it('"the neighbouring province of X" names its own governorate', () => {
    const found = summary(
      [
        'A car bomb killed three people in Raqqa city on Monday.',
        'Separately, a landmine wounded two shepherds near Hajin in the neighbouring province of Deir ez-Zor.',
      ],
      'en',
      '2019-03-12',
    );
    expect(found).toEqual([
      ['Raqqa', 3, null],
      ['Deir ez-Zor', null, 2],
    ]);
  });
});

describe('one event in two sources’ figures, one of them approximate', () => {
  it('"وأصيب نحو 40" and a hospital’s "37 جريحا" are one event', () => {
    const found = summary(
      [
        'قتل خمسة أشخاص وأصيب نحو 40 آخرين بانفجار سيارة مفخخة في مدينة الحلة بمحافظة بابل اليوم.',
        'من جهته، قال مصدر طبي في مستشفى الحلة إن المستشفى تسلم 5 جثث و37 جريحا.',
      ],
      'ar',
      '2017-03-05',
    );
    expect(found).toEqual([['Babil', 5, 40]]);
  });
});

describe('a total over a span of years, and an attack said not to have happened, are no incidents', () => {
  it('"between 2015 and 2019", "بين عامي 2016 و2020"', () => {
    expect(
      extracted(
        ['Figures from the ministry show 540 policemen were killed in Anbar between 2015 and 2019.'],
        'en',
        '2021-02-01',
      ),
    ).toEqual([]);
    expect(
      extracted(['وقتل 320 مدنيا بانفجار الألغام في الأنبار بين عامي 2016 و2020.'], 'ar', '2021-02-01'),
    ).toEqual([]);
  });

  it('"no attack had taken place", "fabricated"', () => {
    expect(
      extracted(
        [
          'A spokesman said no attack had taken place near Rutba in Anbar and that the reports were fabricated.',
        ],
        'en',
        '2021-02-01',
      ),
    ).toEqual([]);
  });
});

describe('a roundup’s item with no date is of its total’s day', () => {
  it('not of the night of the item told before it', () => {
    const found = extracted(
      [
        'Five people were killed in separate attacks across Iraq on Sunday.',
        'In Kirkuk, clashes overnight between gunmen and police near Daquq killed three policemen.',
        'In Basra, a bomb exploded near a bus station in Zubair, killing two civilians.',
      ],
      'en',
      '2019-06-10',
    );
    expect(found.map((x) => [x.place.governorate?.en, x.killed, x.date.from, x.date.to])).toEqual([
      ['Kirkuk', 3, '2019-06-09', '2019-06-10'],
      ['Basra', 2, '2019-06-09', '2019-06-09'],
    ]);
  });
});

describe('kinds and hands of events told around another', () => {
  it('"killed 11 militants in air strikes": the strikes name the kind', () => {
    const [x] = extracted(
      ['Coalition aircraft killed nine militants in air strikes near Qaim in Anbar on Monday.'],
      'en',
      '2016-08-23',
    );
    expect(x?.event).toEqual({ type: 'explosions_remote_violence', subType: 'air_drone_strike' });
  });

  it('"F-16" is a name, not a count of jets', () => {
    const [x] = extracted(
      ['Iraqi F-16 jets struck militants near Hawija in Kirkuk on Saturday, killing five.'],
      'en',
      '2023-02-12',
    );
    expect([x?.event.subType, x?.killed, x?.actors]).toEqual(['air_drone_strike', 5, ['iraqi_army']]);
  });

  it('another side’s strikes "after the attack" are a later event, not more of the attack', () => {
    const found = extracted(
      [
        'قتل خمسة جنود بكمين نصبه مسلحون من داعش لحافلة عسكرية في بادية حمص اليوم.',
        'وبحسب مصادر محلية، شنت طائرات روسية غارات على مواقع في محيط بلدة السخنة عقب الهجوم.',
      ],
      'ar',
      '2021-03-09',
    );
    expect(found.map((x) => [x.killed, x.actors])).toEqual([
      [5, ['isis']],
      [null, ['russia']],
    ]);
  });

  it('"بقصف مماثل": a similar blow by the same hand', () => {
    const found = extracted(
      [
        'قتل مدنيان بقصف مدفعي لقوات النظام على بلدة كفرنبل جنوب إدلب، فيما أصيب ثلاثة مدنيين بقصف مماثل على مدينة معرة النعمان.',
      ],
      'ar',
      '2020-02-11',
    );
    expect(found.map((x) => [x.killed, x.wounded, x.actors])).toEqual([
      [2, null, ['syrian_army']],
      [null, 3, ['syrian_army']],
    ]);
  });

  it('the force named twice in a row keeps its role: "members of the Kurdish-led Syrian Democratic Forces (SDF)"', () => {
    expect(
      roles('a drone killed two members of the Kurdish-led Syrian Democratic Forces (SDF)').targets,
    ).toEqual(['sdf']);
  });
});
