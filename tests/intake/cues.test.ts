import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/intake/actors/actor-table.js';
import { actorRoles } from '../../src/intake/actors/actors.js';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import type { PlaceResolver } from '../../src/intake/incidents/clause-facts.js';
import { matchView } from '../../src/intake/reading/view.js';

const noPlace: PlaceResolver = () => null;
const clause = (text: string, lang: 'ar' | 'en', published = '2021-10-04') =>
  analyseClause(text, lang, published, null, noPlace);

describe('findActors', () => {
  it.each([
    ['بهجوم شنه عناصر من تنظيم داعش', ['isis']],
    ['قوات سوريا الديمقراطية (قسد) والتحالف الدولي', ['sdf', 'coalition']],
    ['جهاز مكافحة الإرهاب العراقي', ['cts']],
    ['مقاتلي الحشد العشائري', ['tribal_mobilisation']],
    ['مسلحون مجهولون', ['unknown_gunmen']],
    ['مسلحون من تنظيم داعش', ['isis']],
    ['Turkish drone strike on PKK positions', ['turkey', 'pkk']],
    ['Peshmerga and Iraqi army', ['peshmerga', 'iraqi_army']],
    ['على دورية للجيش العراقي', ['iraqi_army']],
  ] as const)('%s', (text, ids) => {
    expect(findActors(matchView(text)).map((a) => a.id)).toEqual(ids);
  });

  it.each([
    ['a Turkish airstrike killed a PKK commander', ['turkey'], ['pkk']],
    ['انفجرت عبوة ناسفة على دورية للجيش العراقي', [], ['iraqi_army']],
    ['بدعم من قوات التحالف', ['coalition'], []],
    ['Gunmen shot dead a village mukhtar, police said', ['unknown_gunmen'], []],
    ['وقال مصدر في الشرطة إن مسلحين هاجموا القرية', ['unknown_gunmen'], []],
    // shelling across a front line: the side across it and the positions shelled are its targets
    [
      'قصفت القوات التركية قرى على خطوط التماس مع الجيش السوري ومسلحي قسد',
      ['turkey'],
      ['syrian_army', 'sdf'],
    ],
    ['سقطت قذائف تركية على مواقع تنظيم قسد', ['turkey'], ['sdf']],
    // sources are reporters; forces that arrived to end a fight are no side in it
    ['وأضافت مصادر من الشرطة أن الاشتباك انتهى', [], []],
    ['استمر الاشتباك بين عائلتين قبل أن تصل قوات الجيش', [], []],
    ['the feud went on for hours before the Iraqi army arrived', [], []],
    // the adjective names the state too: "هجوم إسرائيلي"
    ['هجوم إسرائيلي على مواقع عسكرية', ['israel'], []],
  ] as const)('roles in %s', (text, actors, targets) => {
    const view = matchView(text);
    expect(actorRoles(view, findActors(view))).toEqual({ actors, targets, suspected: [] });
  });

  it.each([
    ['قتل ثلاثة رجال على يد مسلحين يشتبه في أنهم من داعش', ['isis'], [], ['isis']],
    [
      'five policemen were wounded when suspected IS gunmen opened fire on their outpost',
      ['isis'],
      ['iraqi_police'],
      ['isis'],
    ],
    ['نفذوا غارة دمرت نفقاً كان إرهابيو داعش يختبئون فيه', [], ['isis'], []],
    ['troops raided an ISIS hideout near the village', [], ['isis'], []],
    ['العبوة الناسفة، وهي من مخلفات تنظيم «داعش» الإرهابي، انفجرت أسفل عجلة', [], [], []],
    ['شنت إسرائيل غارة أصيب فيها جندي وفق ما أعلن جيش النظام السوري', ['israel'], ['iraqi_army'], []],
  ] as const)('suspected actors and hideouts: %s', (text, actors, targets, suspected) => {
    const view = matchView(text);
    expect(actorRoles(view, findActors(view))).toEqual({ actors, targets, suspected });
  });

  it('tells the attacker from the attacked', () => {
    const view = matchView('مقتل ثلاثة من مقاتلي الحشد العشائري بهجوم لداعش');
    expect(actorRoles(view, findActors(view))).toEqual({
      actors: ['isis'],
      targets: ['tribal_mobilisation'],
      suspected: [],
    });
  });
});

describe('analyseClause', () => {
  it.each([
    ['أصيب أربعة جنود بانفجار عبوة ناسفة', 'ar', 'remote_explosive_landmine_ied'],
    ['نفذوا غارة في محافظة نينوى', 'ar', 'air_drone_strike'],
    ['a piece of unexploded ordnance blew up', 'en', 'remote_explosive_landmine_ied'],
    ['gunmen attacked a bus carrying workers', 'en', 'attack'],
    ['اشتبكت القوات مع مسلحين', 'ar', 'armed_clash'],
    ['a suicide bomber blew himself up', 'en', 'suicide_bomb'],
    ['a suicide car bomber struck a checkpoint', 'en', 'suicide_bomb'],
    // armed fights between tribes or families are battles (ACLED), not violence against civilians
    ['قُتل شخصان في تراشق بالأسلحة بين عشيرتين', 'ar', 'armed_clash'],
    ['أسفر نزاع عشائري مسلح عن مقتل رجل', 'ar', 'armed_clash'],
    ['two men died in an exchange of fire between rival families', 'en', 'armed_clash'],
    ['اختطف مسلحون مهندساً', 'ar', 'abduction_forced_disappearance'],
  ] as const)('%s → %s', (text, lang, subType) => {
    const facts = clause(text, lang);
    expect(facts.event?.subType).toBe(subType);
    expect(facts.reportsEvent).toBe(true);
  });

  it.each([
    ['وبحسب إحصاءات محلية، شهدت المحافظة 27 هجوماً منذ مطلع العام الجاري.', 'ar', 'aggregate'],
    ['306,000 civilians have been killed since 2011', 'en', 'aggregate'],
    ['ونفى ماروتو مزاعم داعش بشن هجمات على التحالف.', 'ar', 'denied'],
    ['The army denied that it shelled the village', 'en', 'denied'],
  ] as const)('%s is not an incident (%s)', (text, lang, why) => {
    const facts = clause(text, lang);
    expect(facts[why]).toBe(true);
  });

  it('a count of events is a statistic, not an event', () => {
    expect(clause('ونفذت الجماعة مؤخراً عدة هجمات في المناطق المتنازع عليها', 'ar').reportsEvent).toBe(false);
    expect(clause('Militants carried out several attacks', 'en').reportsEvent).toBe(false);
  });

  it('tells the reporting date from the event date', () => {
    const facts = clause(
      'Two children were killed on Saturday, a local team said on Monday.',
      'en',
      '2023-03-13',
    );
    expect(facts.eventDate?.date.from).toBe('2023-03-11');
    expect(facts.reportingDate?.date.from).toBe('2023-03-13');
    const ar = clause('أعلنت مصادر أمنية في محافظة الأنبار، اليوم الاثنين، مقتل ثلاثة', 'ar');
    expect(ar.eventDate).toBeNull();
    expect(ar.reportingDate?.text).toBe('اليوم الاثنين');
  });

  it("a date inside a quotation is the event's", () => {
    const facts = clause('وقال مصدر إن "مسلحي داعش هاجموا مساء السبت موقعاً"', 'ar');
    expect(facts.eventDate?.date.from).toBe('2021-10-02');
  });

  it.each([
    ['وفي حادث منفصل، أصيب أربعة جنود', 'ar'],
    ['كما أدى هجوم إلى مقتل أربعة', 'ar'],
    ['Separately, gunmen attacked a bus', 'en'],
  ] as const)('%s opens a separate incident', (text, lang) => {
    expect(clause(text, lang).separate).toBe(true);
  });
});
