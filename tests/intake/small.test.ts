import { describe, expect, it } from 'vitest';
import { parseIngestArgs } from '../../src/intake/cli-args.js';
import { inferPublished } from '../../src/intake/article/published.js';
import { briefingId, slugify } from '../../src/intake/drafts/slug.js';
import { findSource } from '../../src/intake/article/source.js';

describe('inferPublished', () => {
  it.each([
    ['وقال المتحدث، يوم أمس السبت (31 تشرين الأول 2020) إن', '2020-11-01'],
    ['أعلنت الوزارة اليوم الأحد (5 أيلول 2021) أن', '2021-09-05'],
    ['the ministry said yesterday (March 12, 2023)', null],
    ['said yesterday, 12 March 2023, that', '2023-03-13'],
    ['أعلنت الوزارة، الاثنين، أن', null],
  ])('%s → %s', (text, expected) => {
    expect(inferPublished(text)).toBe(expected);
  });
});

describe('slug and id', () => {
  it.each([
    ['Unexploded ordnance kills two children near al-Bab', 'unexploded-ordnance-kills-two-children-near'],
    ['مقتل ثلاثة من الحشد', 'mqtl-thlatha-mn-alhshd'],
    ['!!!', /^[0-9a-f]{8}$/],
  ])('%s', (title, expected) => {
    if (typeof expected === 'string') expect(slugify(title)).toBe(expected);
    else expect(slugify(title)).toMatch(expected);
  });
  it('keeps ids within 48 characters on whole words', () => {
    const id = briefingId(
      '2023-03-13',
      'Unexploded ordnance kills two children near the town of al-Bab in Aleppo',
    );
    expect(id.length).toBeLessThanOrEqual(48);
    expect(id).toBe('2023-03-13-unexploded-ordnance-kills-two');
  });
});

describe('findSource', () => {
  it('names an outlet only when the dateline names it, never invents one', () => {
    expect(findSource('KIRKUK (Reuters) - Four policemen were killed')).toEqual({
      name: { en: 'Reuters', ar: 'رويترز' },
      url: null,
    });
    expect(findSource('بغداد - شفق نيوز: أعلنت مصادر')).toMatchObject({ name: { en: 'Shafaq News' } });
    expect(findSource('Four policemen were killed, officials said.')).toEqual({ name: null, url: null });
    expect(findSource('Read more at https://example.org/story.')).toEqual({
      name: null,
      url: 'https://example.org/story',
    });
  });
});

describe('parseIngestArgs', () => {
  it.each([
    [
      ['--published', '2020-11-01', 'a.txt'],
      { ok: true, args: { file: 'a.txt', published: '2020-11-01', json: false, force: false } },
    ],
    [['--lang=en', '--json', '-'], { ok: true, args: { file: '-', lang: 'en', json: true, force: false } }],
    [['--force', 'a.txt'], { ok: true, args: { file: 'a.txt', json: false, force: true } }],
  ] as const)('%j', (argv, expected) => {
    expect(parseIngestArgs(argv)).toEqual(expected);
  });
  it.each([
    [['--published', '1/11/2020', 'a.txt']],
    [['--lang', 'fr', 'a.txt']],
    [[]],
    [['a', 'b']],
    [['--nope', 'a']],
  ])('rejects %j', (argv) => {
    expect(parseIngestArgs(argv).ok).toBe(false);
  });
});
