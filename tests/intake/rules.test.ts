import { describe, expect, it } from 'vitest';
import { analyseClause } from '../../src/intake/incidents/clause.js';
import { stripDateline } from '../../src/intake/article/dateline.js';
import { headlineCasualties, noteHeadline } from '../../src/intake/article/headline.js';
import type { ExtractedIncident } from '../../src/intake/incidents/incident-types.js';
import { withoutTotals } from '../../src/intake/roundups/lead-totals.js';
import { resolvePlace } from '../../src/places/resolve.js';

const clause = (text: string, lang: 'ar' | 'en', published = '2022-05-10') =>
  analyseClause(text, lang, published, null, resolvePlace);

describe('datelines', () => {
  it.each([
    [
      'MOSUL, Iraq - Two farmers were killed by a landmine on Sunday.',
      'Two farmers were killed by a landmine on Sunday.',
    ],
    ['BASRA, May 3 (Reuters) -- A blast hit the port.', 'A blast hit the port.'],
    ['الرمادي - قتل جنديان بانفجار عبوة ناسفة.', 'قتل جنديان بانفجار عبوة ناسفة.'],
    ['وكالة الأنباء - الموصل', ''],
    // a dash inside a sentence is not a dateline
    [
      'Clashes erupted in the village – a stronghold of the group – at dawn, killing five people.',
      'Clashes erupted in the village – a stronghold of the group – at dawn, killing five people.',
    ],
  ])('%s', (paragraph, expected) => {
    expect(stripDateline(paragraph)).toBe(expected);
  });
});

describe('lead totals', () => {
  const at = (
    sentence: number,
    killed: number | null,
    wounded: number | null,
    governorate: string | null = 'Diyala',
  ) => ({ sentences: [sentence], killed, wounded, governorate });
  it('drops a lead total that sums later incidents of its governorate, and keeps the parts', () => {
    const incidents = [at(0, 4, 5), at(2, 1, null), at(3, 2, null), at(4, 1, null), at(5, null, 5)];
    expect(withoutTotals(incidents)).toEqual(incidents.slice(1));
  });
  it('keeps a first incident whose figures only add up with another governorate, or with earlier ones', () => {
    expect(
      withoutTotals([at(0, 14, null, 'Aleppo'), at(6, 4, 20, 'Aleppo'), at(9, 10, 20, 'Raqqa')]),
    ).toHaveLength(3);
    expect(withoutTotals([at(0, 3, null), at(1, 6, null), at(2, 3, null)])).toHaveLength(3);
  });
  it('a total of killed is not made of incidents that only wounded', () => {
    expect(withoutTotals([at(1, 1, null), at(2, 2, null), at(3, 1, null), at(4, null, 5)])).toHaveLength(4);
  });
});

describe('casualty phrasing', () => {
  it.each([
    ['إن شخصين قُتلا وأُصيب ستة آخرون بجروح بليغة', 'ar', 2, 6],
    ['وكان عشرة مدنيين قتلوا وجرح ثلاثون آخرون ليلة الأحد', 'ar', 10, 30],
    ['استشهد عدد من المدنيين بينهم امرأتين، وأصيب عدد آخر بجروح', 'ar', null, null],
    [
      'وأضاف أن حصيلة الضحايا وصلت إلى سبعة مدنيين، ستة منهم من عائلة واحدة، بالإضافة لعدة جرحى',
      'ar',
      7,
      null,
    ],
    [
      'The shelling hit the home of a teacher, killing him, his wife and three of his children',
      'en',
      5,
      null,
    ],
    ['Shelling struck the home of a volunteer, killing his two children', 'en', 2, null],
    ['Airstrikes killed at least eight civilians', 'en', 8, null],
    ['Four children were among those killed in the explosion', 'en', null, null],
  ] as const)('%s', (text, lang, killed, wounded) => {
    expect(clause(text, lang).casualties).toEqual({ killed, wounded, attackersKilled: null });
  });

  it('keeps an unsplit "killed and wounded" figure unsplit, and notes it and "at least" for the editor', () => {
    const unsplit = clause('Thirteen police officers were killed and injured in the attack', 'en');
    expect(unsplit.casualties).toEqual({ killed: null, wounded: null, attackersKilled: null });
    expect(unsplit.notes.map((n) => n.reason)).toEqual(['casualties-unsplit']);
    // the editor sees the joint figure with its count, in whole words
    expect(unsplit.notes[0]!.detail).toBe('Thirteen police officers were killed and injured in the');
    expect(clause('Airstrikes killed at least eight civilians', 'en').notes).toEqual([
      { reason: 'casualties-approximate', detail: 'at least eight' },
    ]);
  });
});

describe('dates and spans', () => {
  it('"منذ حزيران" and a clause opening with "since" are spans, not an event', () => {
    expect(clause('احتجاج هو الثالث من نوعه منذ حزيران الماضي', 'ar').aggregate).toBe(true);
    expect(clause('منذ توقيع الهدنة في الخامس من آذار عام 2020', 'ar').aggregate).toBe(true);
  });
  it('"الخامس من آذار عام 2020" keeps its year', () => {
    expect(clause('وقعت الهدنة في الخامس من آذار عام 2020', 'ar').dates[0]?.date).toMatchObject({
      from: '2020-03-05',
      to: '2020-03-05',
    });
  });
  it('"ويأتي ذلك بعد…" tells another event', () => {
    expect(clause('ويأتي ذلك بعد تسجيل إصابات يوم أمس في صفوف المدنيين', 'ar').separate).toBe(true);
  });
});

describe('places', () => {
  it.each([
    ['غارة جوية على مواقع عسكرية في ضواحي العاصمة دمشق', 'Rif Dimashq'],
    ['an Israeli strike on Damascus International Airport', 'Rif Dimashq'],
    ['قصف على قرية في ريف دير الزور الشرقي', 'Deir ez-Zor'],
  ])('%s → %s', (text, governorate) => {
    expect(resolvePlace(text, /[a-z]/i.test(text) ? 'en' : 'ar')?.governorate?.en).toBe(governorate);
  });
  it('where the wounded were taken is not the place of the event', () => {
    expect(
      resolvePlace('غارات على بلدة مجهولة أسفرت عن إصابة طفلين أسعفوا إلى مشفى في مدينة حمص', 'ar'),
    ).toBeNull();
  });
});

describe('headline against body', () => {
  const x = (killed: number | null, wounded: number | null) =>
    ({ killed, wounded, checks: [] }) as unknown as ExtractedIncident;
  it("notes a headline total that is neither an incident's figure nor their sum", () => {
    const agreeing = [x(18, 25), x(1, 3)];
    noteHeadline(agreeing, { killed: 19, wounded: 28 });
    expect(agreeing[0]!.checks).toEqual([]);
    const one = [x(1, 8)];
    noteHeadline(one, { killed: 1, wounded: null });
    expect(one[0]!.checks).toEqual([]);
    const disagreeing = [x(1, 5)];
    noteHeadline(disagreeing, { killed: 5, wounded: null });
    expect(disagreeing[0]!.checks).toEqual([{ reason: 'headline-disagrees', detail: '5 ≠ 1' }]);
  });
});

describe('the headline read part by part', () => {
  it.each([
    ['Weekly Roundup: 7 Killed; 30 Bodies Exhumed Near Sinjar', 7, null],
    ['Car bomb kills 4 in Tikrit - 9 wounded', 4, 9],
    ['مصدر أمني: مقتل 3 جنود بهجوم في ديالى', 3, null],
  ] as const)('%s', (title, killed, wounded) => {
    expect(headlineCasualties(title, /[a-z]/i.test(title) ? 'en' : 'ar')).toMatchObject({ killed, wounded });
  });
});
