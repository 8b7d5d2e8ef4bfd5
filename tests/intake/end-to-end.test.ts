import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Briefing } from '../../src/content/schema.js';
import { Gold } from '../../src/intake/eval/gold.js';
import { score } from '../../src/intake/eval/score.js';
import { withoutYears, yearsWrittenAsYears } from '../../src/intake/eval/years.js';
import { ingest } from '../../src/intake/ingest.js';

const SEED = '/work/shared/seed/000_ed127326e84fb47c.txt';
const DEV = '/work/shared/intake/dev';
const goldFile = (dir: string, name: string) =>
  Gold.parse(JSON.parse(readFileSync(`${dir}/${name}.json`, 'utf8')));
const textOf = (dir: string, name: string) => {
  const file = goldFile(dir, name);
  return readFileSync(file.text ? `${dir}/${file.text}` : `${dir}/${name}.txt`, 'utf8');
};
/** The shared gold less the figures its article writes as years (eval/years.ts: a year is never a figure). */
const gold = (name: string) => withoutYears(goldFile(DEV, name), textOf(DEV, name));

describe('ingest: the seed article', () => {
  const raw = readFileSync(SEED, 'utf8');
  const result = ingest(raw, {});

  it('infers the publication date from "يوم أمس السبت (31 تشرين الأول 2020)" and passes the schema as a draft', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft).toMatchObject({
      status: 'draft',
      language: 'ar',
      published: '2020-11-01',
      source: { name: null, url: null },
    });
    expect(result.draft.id).toMatch(/^2020-11-01-[a-z0-9-]+$/);
    expect(Briefing.safeParse(result.draft).success).toBe(true);
    expect(result.draft.title).toEqual({
      ar: 'التحالف الدولي: داعش لم يعد قادراً على مسك الأرض في العراق أو سوريا',
    });
  });

  it('finds the four incidents of the gold: Anbar and Nineveh last month, Kirkuk 19 October, Hawija', () => {
    if (!result.ok) throw new Error(result.error);
    expect(
      result.draft.incidents.map((i) => [
        i.date.from,
        i.date.to,
        i.place.governorate?.en,
        i.place.district?.en ?? null,
        i.killed,
        i.wounded,
      ]),
    ).toEqual([
      ['2020-10-01', '2020-10-31', 'Anbar', null, 1, null],
      ['2020-10-01', '2020-10-31', 'Nineveh', null, null, null],
      ['2020-10-19', '2020-10-19', 'Kirkuk', null, 3, null],
      ['2020-10-01', '2020-10-31', 'Kirkuk', 'Hawija', 4, 3],
    ]);
    const report = score([{ name: 'seed', draft: result.draft }], { seed: gold('seed-2020-11-01') });
    expect(report.total).toMatchObject({ f1: 1, casualties: 1, dates: 1, figures: 1 });
  });

  it("gets the roles right: the raids against ISIS are not ISIS's, suspected stays suspected, ACLED types", () => {
    if (!result.ok) throw new Error(result.error);
    expect(
      result.draft.incidents.map((i) => [i.actors.map((a) => a.en), i.target?.en ?? null, i.event.type]),
    ).toEqual([
      [['the Counter-Terrorism Service', 'the international coalition'], 'ISIS', 'battles'],
      [
        ['the Counter-Terrorism Service', 'the international coalition'],
        'ISIS',
        'explosions_remote_violence',
      ],
      [['ISIS (suspected)'], null, 'violence_against_civilians'],
      [[], 'the Iraqi police', 'battles'],
    ]);
    expect(result.draft.incidents[2]!.checks).toContainEqual({ reason: 'actor-suspected' });
  });

  it('labels each figure with a noun phrase, not a piece of the sentence', () => {
    if (!result.ok) throw new Error(result.error);
    const label = (value: number) => result.draft.figures.find((f) => f.value === value)?.label.ar;
    expect(label(40000)).toBe('مقاتل من داعش (قبل خمس سنوات)');
    expect(label(110000)).toBe('مساحة سيطر عليها داعش (كم²)');
    // "قررت الولايات المتحدة … تقليص عدد قواتها": whose forces, not a pronoun with no referent
    expect(label(3000)).toBe('عدد قوات الولايات المتحدة');
    expect(result.draft.figures.find((f) => f.value === 3000)?.label.en).toBe('US troops');
    // "في 2014", "بحلول 2019", "كانون الأول 2017": years say when, none is a figure
    expect(result.draft.figures.map((f) => f.value)).toEqual(expect.not.arrayContaining([2014, 2017, 2019]));
  });

  it('describes each incident in Arabic from the article and in English from the data', () => {
    if (!result.ok) throw new Error(result.error);
    const hawija = result.draft.incidents[3]!;
    expect(hawija.description.ar).toContain('الحويجة');
    // an attack on a police station is a battle between armed actors in ACLED's terms
    expect(hawija.description.en).toBe('Armed clash in Hawija, Kirkuk: 4 killed, 3 wounded');
    expect(result.draft.summary.ar?.length).toBeGreaterThanOrEqual(3);
    expect(result.draft.summary.en).toBeUndefined();
  });
});

describe('ingest: the dev articles against their gold', () => {
  it.each([
    ['anbar-2021-10-04', '2021-10-04'],
    ['aleppo-2023-03-13', '2023-03-13'],
    ['population-2021-09-27', '2021-09-27'],
  ])('%s', (name, published) => {
    const result = ingest(readFileSync(`${DEV}/${name}.txt`, 'utf8'), { published });
    if (!result.ok) throw new Error(result.error);
    const report = score([{ name, draft: result.draft }], { [name]: gold(name) });
    expect(report.total).toMatchObject({ f1: 1, casualties: 1, dates: 1, figures: 1 });
  });
});

describe('ingest: an article of the same kind written for this test', () => {
  const raw = [
    'مقتل عنصرين من قسد بهجوم في ريف دير الزور الشرقي',
    '',
    'قُتل عنصران من قوات سوريا الديمقراطية (قسد) وأصيب ثالث، ليلة الثلاثاء على الأربعاء، بهجوم شنه مسلحون مجهولون على حاجز لها في بلدة الشحيل بريف دير الزور الشرقي، بحسب ما أفاد المرصد السوري لحقوق الإنسان.',
    '',
    'وأوضح المرصد أن المهاجمين استخدموا دراجة نارية ولاذوا بالفرار.',
    '',
    'وكانت خلية تابعة لتنظيم الدولة الإسلامية قد اغتالت أواخر الشهر الماضي مختار قرية في ريف الحسكة الجنوبي.',
    '',
    'ووثق المرصد منذ مطلع العام الجاري مقتل 112 شخصاً في هجمات مماثلة في مناطق سيطرة قسد.',
  ].join('\n');

  it('finds the night attack and the killing late last month, not the yearly toll', () => {
    const result = ingest(raw, { published: '2021-06-03' });
    if (!result.ok) throw new Error(result.error);
    expect(
      result.draft.incidents.map((i) => [
        i.date.from,
        i.date.to,
        i.place.governorate?.en,
        i.killed,
        i.wounded,
      ]),
    ).toEqual([
      ['2021-06-01', '2021-06-02', 'Deir ez-Zor', 2, 1],
      ['2021-05-21', '2021-05-31', 'Hasakah', 1, null],
    ]);
    expect(result.draft.incidents[0]?.target).toEqual({ ar: 'قوات سوريا الديمقراطية (قسد)', en: 'the SDF' });
    expect(result.draft.figures.map((f) => f.value)).toEqual([112]);
  });
});

describe('ingest: errors', () => {
  it.each([
    ['', {}, 'empty'],
    ['Only a title', {}, 'empty'],
    ['Title\n\nGunmen killed two people in Kirkuk on Monday.', {}, 'no-date'],
    ['Title\n\nBody.', { published: '2021-02-30' }, 'bad-date'],
  ] as const)('%j → %s', (raw, opts, reason) => {
    const result = ingest(raw, opts);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.error).not.toContain('\n');
  });

  it('takes the language it is given over the detected one', () => {
    const result = ingest('Title in English\n\nنص عربي قصير. جملة ثانية. جملة ثالثة.', {
      published: '2021-01-01',
      lang: 'en',
    });
    expect(result.ok && result.draft.language).toBe('en');
  });
});

describe('the gold figures set aside as years', () => {
  // the years the shared gold lists as figures, each checked by hand against its article
  const years: Record<string, number[]> = {
    'dev-real/anbar-2024-12-09': [2017],
    'dev-real/diyala-2017-07-07': [2003],
    'dev-real/idlib-2021-07-22': [2020],
    'dev-real/kirkuk-2014-07-11': [2013],
    'dev-real/kirkuk-2021-09-05': [2014, 2017, 2019],
    'dev/anbar-2021-10-04': [2017],
    'dev/population-2021-09-27': [1997, 2010],
    'dev/seed-2020-11-01': [2014, 2017, 2019],
  };
  it.each(Object.entries(years))('%s: the rule sets aside exactly its years', (path, values) => {
    const [set, name] = path.split('/') as [string, string];
    const dir = `/work/shared/intake/${set}`;
    expect(yearsWrittenAsYears(goldFile(dir, name).figures, textOf(dir, name))).toEqual(values);
  });
});
