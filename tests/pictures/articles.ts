import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/content/parse.js';
import { Briefing, type Article } from '../../src/content/schema.js';
import { SEED_PATH } from '../support/fixture-content.js';

export { SEED_PATH };

export function seedArticle(): Article {
  const parsed = parseArticle(SEED_PATH, readFileSync(SEED_PATH, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.article;
}

type IncidentInput = {
  governorate?: { en?: string; ar?: string } | null;
  district?: { en?: string; ar?: string } | null;
  precision?: 'country' | 'governorate' | 'district' | 'locality';
  country?: string;
  date?: string;
  to?: string;
  killed?: unknown;
  wounded?: unknown;
};

/** A briefing built through the real schema, with incidents given briefly. */
export function article(
  id: string,
  published: string,
  incidents: IncidentInput[],
  source: string | null = null,
): Article {
  const briefing = Briefing.parse({
    id,
    language: 'en',
    published,
    title: { en: `Title of ${id}`, ar: `عنوان ${id}` },
    source: { name: source === null ? null : { en: source, ar: source }, url: null },
    summary: { en: ['One', 'Two', 'Three'] },
    incidents: incidents.map((i, n) => ({
      id: `i${n + 1}`,
      date: { from: i.date ?? published, to: i.to ?? i.date ?? published, precision: 'day' },
      place: {
        country: i.country ?? 'IQ',
        governorate: i.governorate ?? null,
        district: i.district ?? null,
        precision: i.precision ?? (i.district ? 'district' : i.governorate ? 'governorate' : 'country'),
      },
      event: { type: 'battles', subType: 'armed_clash' },
      killed: i.killed ?? null,
      wounded: i.wounded ?? null,
      description: { en: 'Something happened.' },
    })),
  }) as Article['briefing'];
  return { briefing, body: '', path: `${id}.md` };
}
