import { Briefing, type Article } from '../content/schema.js';

/**
 * Made-up briefings for looking at pictures, benchmarking them and testing them over several
 * briefings (the shipped content holds one). Deterministic: the same list every run. Not news.
 */
const PLACES = [
  { governorate: { ar: 'كركوك', en: 'Kirkuk' }, district: { ar: 'الحويجة', en: 'Hawija' } },
  { governorate: { ar: 'ديالى', en: 'Diyala' }, district: { ar: 'خانقين', en: 'Khanaqin' } },
  { governorate: { ar: 'صلاح الدين', en: 'Salahuddin' }, district: { ar: 'سامراء', en: 'Samarra' } },
  { governorate: { ar: 'الأنبار', en: 'Anbar' }, district: { ar: 'القائم', en: 'Al-Qaim' } },
  { governorate: { ar: 'نينوى', en: 'Nineveh' }, district: null },
  { governorate: { ar: 'دير الزور', en: 'Deir ez-Zor' }, district: { ar: 'البوكمال', en: 'Abu Kamal' } },
  { governorate: { ar: 'الرقة', en: 'Raqqa' }, district: null },
  { governorate: { ar: 'بغداد', en: 'Baghdad' }, district: null },
] as const;

/** A small deterministic generator (LCG): samples must not change between runs. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export function sampleArticles(count = 12, seed = 7): Article[] {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2020, 6, 1) + i * 9 * 86_400_000).toISOString().slice(0, 10);
    const incidents = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, j) => {
      const place = pick(PLACES);
      const country =
        place.governorate.en === 'Deir ez-Zor' || place.governorate.en === 'Raqqa' ? 'SY' : 'IQ';
      const killed = random() < 0.2 ? null : Math.floor(random() * 9);
      const wounded =
        random() < 0.3 ? null : random() < 0.2 ? { low: 2, high: 5 } : Math.floor(random() * 14);
      return {
        id: `incident-${j + 1}`,
        date: { from: day, to: day, precision: 'day' },
        place: {
          country,
          governorate: place.governorate,
          district: place.district,
          precision: place.district ? 'district' : 'governorate',
        },
        event: { type: 'explosions_remote_violence', subType: 'remote_explosive_landmine_ied' },
        killed,
        wounded,
        description: { ar: 'حادثة تجريبية.', en: 'A sample incident.' },
      };
    });
    const briefing = Briefing.parse({
      id: `sample-${String(i + 1).padStart(2, '0')}`,
      language: 'en',
      published: day,
      title: { ar: `موجز تجريبي رقم ${i + 1}`, en: `Sample briefing ${i + 1}` },
      source: { name: i % 3 === 0 ? null : { ar: 'وكالة تجريبية', en: 'Sample Agency' }, url: null },
      summary: { ar: ['نقطة أولى', 'نقطة ثانية', 'نقطة ثالثة'], en: ['First', 'Second', 'Third'] },
      incidents,
    }) as Article['briefing'];
    articles.push({ briefing, body: '', path: `samples/${briefing.id}.md` });
  }
  return articles.reverse();
}
