import type { Briefing } from '../../content/schema.js';

/** Outlets recognised when the text itself names them (in a dateline or as the reporter). */
const OUTLETS: readonly { en: string; ar: string; pattern: RegExp }[] = [
  { en: 'Reuters', ar: 'رويترز', pattern: /\bReuters\b|رويترز/u },
  { en: 'AFP', ar: 'فرانس برس', pattern: /\bAFP\b|Agence France-Presse|فرانس برس|فرانس پرس/u },
  { en: 'Associated Press', ar: 'أسوشيتد برس', pattern: /\bAssociated Press\b|\(AP\)|أسوشيتد برس/u },
  { en: 'Anadolu Agency', ar: 'وكالة الأناضول', pattern: /\bAnadolu\b|الأناضول/u },
  { en: 'Shafaq News', ar: 'شفق نيوز', pattern: /\bShafaq News\b|شفق نيوز/u },
  { en: 'Rudaw', ar: 'رووداو', pattern: /\bRudaw\b|رووداو/u },
  { en: 'Kurdistan 24', ar: 'كوردستان 24', pattern: /\bKurdistan ?24\b|كوردستان ?24/u },
  {
    en: 'Iraqi News Agency',
    ar: 'وكالة الأنباء العراقية',
    pattern: /\bIraqi News Agency\b|\(INA\)|وكالة الأنباء العراقية|\(واع\)/u,
  },
  { en: 'SANA', ar: 'سانا', pattern: /\bSANA\b|\(سانا\)|وكالة سانا/u },
  { en: 'Alsumaria News', ar: 'السومرية نيوز', pattern: /\bAlsumaria\b|السومرية نيوز/u },
];
const DATELINE_CHARS = 120;
const URL = /https?:\/\/[^\s"'<>()]+/u;

/**
 * The source as the text gives it, never invented: an outlet named in the dateline (the start
 * of the body) and a URL written in the text; null otherwise.
 */
export function findSource(body: string): NonNullable<Briefing['source']> {
  const head = body.slice(0, DATELINE_CHARS);
  const outlet = OUTLETS.find((o) => o.pattern.test(head));
  const url = URL.exec(body)?.[0]?.replace(/[.,;،]+$/u, '') ?? null;
  return { name: outlet ? { en: outlet.en, ar: outlet.ar } : null, url };
}
