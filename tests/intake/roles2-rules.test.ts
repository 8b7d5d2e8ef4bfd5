// Role rules added on the opened probes q, r and s (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2021-05-12') =>
  extracted(paragraphs, lang, published);
const roles = (paragraphs: string[], lang: 'ar' | 'en') =>
  run(paragraphs, lang).map((x) => ({ actors: x.actors, suspected: x.suspected, type: x.event.type }));

describe('a group named in quotes is read as it would be without them', () => {
  it('keeps "يعتقد أنهم من خلايا تنظيم "الدولة الإسلامية"" suspected', () => {
    expect(
      roles(
        [
          'قُتل جنديان من الجيش العراقي بهجوم شنه مسلحون يعتقد أنهم من خلايا تنظيم "الدولة الإسلامية" على ثكنة عسكرية قرب قضاء تلعفر غربي الموصل مساء أمس الثلاثاء.',
        ],
        'ar',
      ),
    ).toEqual([{ actors: ['isis'], suspected: ['isis'], type: 'battles' }]);
  });
});

describe('a force that cordoned off the place came after the blast (verb first, as Arabic tells it)', () => {
  it('leaves "وطوقت القوات الأمنية موقع الانفجار" without a doer', () => {
    expect(
      roles(
        [
          'انفجرت عبوة ناسفة بسيارة مدنية في قضاء الخالص شمالي بعقوبة مساء أمس الثلاثاء، ما أدى إلى مقتل شخص وإصابة اثنين، فيما طوقت القوات الأمنية موقع الانفجار.',
        ],
        'ar',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
  it('reads the aftermath verb past a second force joined to the first', () => {
    expect(
      roles(
        [
          'أصيب ثلاثة مزارعين بانفجار عبوة ناسفة في قرية تابعة لقضاء طوزخورماتو مساء أمس الثلاثاء.',
          'وأضاف المصدر أن قوة من الشرطة والجيش باشرت بعملية تفتيش قرب موقع الانفجار.',
        ],
        'ar',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe('a group blamed, or whose hallmarks an attack bore, is only suspected', () => {
  it('"officials blamed Islamic State militants for the bombing"', () => {
    expect(
      roles(
        [
          'A bomb planted on a motorcycle killed three people at a bus stop in Tuz Khurmatu on Tuesday. Security officials blamed Islamic State militants for the bombing.',
        ],
        'en',
      ),
    ).toEqual([{ actors: ['isis'], suspected: ['isis'], type: 'explosions_remote_violence' }]);
  });
  it('"a roadside bomb that bore the hallmarks of the Islamic State group"', () => {
    expect(
      roles(
        [
          'A roadside bomb that bore the hallmarks of the Islamic State group killed two farmers near Tuz Khurmatu on Tuesday.',
        ],
        'en',
      ),
    ).toEqual([{ actors: ['isis'], suspected: ['isis'], type: 'explosions_remote_violence' }]);
  });
});

describe('counted gunmen who then opened fire are the attackers, not the dead', () => {
  it('"two gunmen in a pickup truck opened fire on a shop owner"', () => {
    expect(
      roles(
        [
          'Two gunmen in a pickup truck opened fire on a shop owner in central Basra on Sunday evening, killing him instantly, police said.',
        ],
        'en',
      ),
    ).toEqual([{ actors: ['unknown_gunmen'], suspected: [], type: 'violence_against_civilians' }]);
  });
});

describe('what the dead were names the side hit', () => {
  it('"Two of those killed were guards belonging to the Syrian National Army"', () => {
    expect(
      roles(
        [
          'A car bomb killed six people near the market of Azaz on Friday, a war monitor said. Two of those killed were guards belonging to the Syrian National Army, it added.',
        ],
        'en',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe("a force named before its post ('an army checkpoint') or as the post's men was hit there", () => {
  it('"a car bomb exploded at a police checkpoint"', () => {
    expect(
      roles(['A car bomb exploded at a police checkpoint in Ramadi on Thursday, killing four people.'], 'en'),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
  it('"a post manned by Peshmerga fighters"', () => {
    expect(
      roles(
        [
          'A roadside bomb went off near a post manned by Peshmerga fighters in Makhmour on Wednesday, wounding three.',
        ],
        'en',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe("a raid on a group's hideout does not make the group its doer", () => {
  it('"داهمت قوة من الجيش وكراً لعصابات داعش"', () => {
    expect(
      roles(
        [
          'داهمت قوة من الجيش العراقي وكراً لعصابات داعش في صحراء الأنبار فجر اليوم الأربعاء، وقتلت أربعة إرهابيين كانوا فيه.',
        ],
        'ar',
      ),
    ).toEqual([{ actors: ['iraqi_army'], suspected: [], type: 'battles' }]);
  });
});

describe('a force at its work when the blow fell is no side of it', () => {
  it('"detonated his vest as soldiers were checking cars"', () => {
    expect(
      roles(
        [
          'A suicide bomber detonated his vest as soldiers were checking cars at the southern entrance of Samarra on Monday, killing five people.',
        ],
        'en',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe('an adverb between a teller and its verb keeps it a teller', () => {
  it('"Police initially put the toll at seven"', () => {
    expect(
      roles(
        [
          'A bomb hidden in a vegetable cart exploded in a crowded market in Hilla on Tuesday. Police initially put the death toll at three, but hospital officials said seven people were killed.',
        ],
        'en',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe('tribal fighters are no state-backed force', () => {
  it('"Tribal fighters attacked a rival clan\'s farm"', () => {
    expect(
      roles(
        ['Tribal fighters attacked a farm near Amarah on Friday, killing two farmers, police said.'],
        'en',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'violence_against_civilians' }]);
  });
});

describe('"dozens of PKK fighters" after a verb of killing are the ones killed', () => {
  it('keeps Turkey the doer of the strike', () => {
    expect(
      roles(
        ['A Turkish drone strike killed dozens of PKK fighters near Qandil on Sunday, officials said.'],
        'en',
      ),
    ).toEqual([{ actors: ['turkey'], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe("the group's families, spoken of near the place, are no side", () => {
  it('"مخيم يضم عائلات عناصر داعش"', () => {
    expect(
      roles(
        [
          'أصيب ثلاثة أطفال بانفجار لغم أرضي من مخلفات الحرب قرب مخيم الهول شرقي الحسكة اليوم الأربعاء.',
          'ويضم مخيم الهول القريب من موقع الانفجار آلافاً من عائلات عناصر داعش.',
        ],
        'ar',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe('"IS sleeper cells" is ISIS', () => {
  it('names the doer', () => {
    expect(
      roles(
        ['IS sleeper cells attacked an SDF checkpoint near Shaddadi on Monday, killing two fighters.'],
        'en',
      ),
    ).toEqual([{ actors: ['isis'], suspected: [], type: 'battles' }]);
  });
});

describe('twin blasts told in the dual are one bombing', () => {
  it('"استهدف تفجيران سوقاً شعبياً"', () => {
    expect(
      roles(
        [
          'استهدف تفجيران سوقاً شعبياً في مدينة الصدر شرقي بغداد مساء أمس الثلاثاء، ما أسفر عن مقتل تسعة أشخاص.',
        ],
        'ar',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe('an attack met by armed defenders is a battle', () => {
  it('"قتل حارسان خلال التصدي لهجوم شنته قوات النظام"', () => {
    expect(
      roles(
        ['قتل حارسان خلال التصدي لهجوم شنته قوات النظام على قرية في ريف درعا الغربي مساء أمس الثلاثاء.'],
        'ar',
      ),
    ).toEqual([{ actors: ['syrian_army'], suspected: [], type: 'battles' }]);
  });
});

describe('a strike told as carried out by aircraft, or by F-16s, is an air strike', () => {
  it('"The strike, carried out by Iraqi army aircraft"', () => {
    expect(
      roles(
        [
          'The strike, carried out by Iraqi army aircraft on Sunday, hit a cave in the Hamrin mountains near Tuz Khurmatu, killing four militants.',
        ],
        'en',
      ),
    ).toEqual([{ actors: ['iraqi_army'], suspected: [], type: 'explosions_remote_violence' }]);
  });
  it('"Iraqi F-16s struck a tunnel"', () => {
    expect(
      roles(['Iraqi F-16s struck a tunnel near Rutba on Saturday, killing five militants.'], 'en'),
    ).toEqual([{ actors: ['iraqi_army'], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe('a force that opened an investigation came after the blast', () => {
  it('"القوات الأمنية فتحت تحقيقاً"', () => {
    expect(
      roles(
        [
          'قتل مدني بانفجار عبوة ناسفة في قضاء بلد جنوبي تكريت مساء أمس الثلاثاء، لافتاً إلى أن القوات الأمنية فتحت تحقيقاً لمعرفة الجهة التي تقف وراء الانفجار.',
        ],
        'ar',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe("a force's command that told the news is a teller", () => {
  it('"A source at Basra Police Command told reporters"', () => {
    expect(
      roles(
        [
          'A source at Basra Police Command told reporters that a bomb exploded near a bus station in Basra on Monday, killing two people.',
        ],
        'en',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe('a force that answered the fire was fired on', () => {
  it('"Army units stationed nearby responded to the sources of fire"', () => {
    expect(
      roles(
        [
          'Two civilians were killed on Friday in a rocket attack on the town of Salamiyah in Hama province.',
          'Army units stationed nearby responded to the sources of fire with artillery, destroying a number of rocket launchpads.',
        ],
        'en',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe('members counted in the dual ("منتسبان") are the ones hit', () => {
  it('"استشهد منتسبان في الحشد الشعبي"', () => {
    expect(
      roles(
        [
          'استشهد منتسبان في الحشد الشعبي بانفجار عبوة ناسفة استهدفت عجلتهم قرب قضاء طوزخورماتو مساء أمس الثلاثاء.',
        ],
        'ar',
      ),
    ).toEqual([{ actors: [], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe("people killed whom the article only believes to be a group's men: the group was hit", () => {
  it('"مقتل شخصين يرجح أنهما من مقاتلي حزب العمال"', () => {
    expect(
      roles(
        [
          'أسفرت غارة لطائرة مسيرة تركية على سيارة قرب قضاء سيدكان شمال أربيل ظهر اليوم الأربعاء عن مقتل شخصين يرجح أنهما من مقاتلي حزب العمال الكردستاني.',
        ],
        'ar',
      ),
    ).toEqual([{ actors: ['turkey'], suspected: [], type: 'explosions_remote_violence' }]);
  });
});

describe('car bombs destroyed before they reached their targets are no bombing', () => {
  it('"عملية … دمرت خلالها عجلتين مفخختين"', () => {
    expect(
      roles(
        [
          'أعلنت قيادة العمليات مقتل ستة إرهابيين خلال عملية نفذتها قوات الجيش العراقي قرب قضاء الرطبة غربي الأنبار اليوم الأربعاء دمرت خلالها عجلتين مفخختين قبل انطلاقهما.',
        ],
        'ar',
      ),
    ).toEqual([{ actors: ['iraqi_army'], suspected: [], type: 'battles' }]);
  });
});

describe('strikes told as carried out by aircraft are air strikes (Arabic)', () => {
  it('"بضربات نفذتها طائرات التحالف"', () => {
    expect(
      roles(
        [
          'قتل خمسة من عناصر داعش بضربات نفذتها طائرات التحالف الدولي على مخبأ لهم في جبال مخمور جنوب شرقي الموصل فجر اليوم الأربعاء.',
        ],
        'ar',
      ),
    ).toEqual([{ actors: ['coalition'], suspected: [], type: 'explosions_remote_violence' }]);
  });
});
