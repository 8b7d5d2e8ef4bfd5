import { describe, expect, it } from 'vitest';
import { Briefing, type LocalizedText } from '../../src/content/schema.js';
import {
  briefingFilterKeys,
  briefingMatches,
  filterLabel,
  filtersAllow,
  parseFollowTarget,
  tagsOf,
} from '../../src/digest/filters.js';

/** A valid briefing with one incident per governorate name given (null: a place with no governorate). */
function briefing(tags: string[], governorates: Array<LocalizedText | null>): Briefing {
  return Briefing.parse({
    id: 'b',
    language: 'ar',
    published: '2021-03-04',
    title: { ar: 'عنوان' },
    summary: { ar: ['أ', 'ب', 'ج'] },
    tags,
    incidents: governorates.map((governorate, i) => ({
      id: `i${i}`,
      date: { from: '2021-03-01', to: '2021-03-01', precision: 'day' },
      place: { country: 'IQ', governorate, precision: governorate === null ? 'country' : 'governorate' },
      event: { type: 'battles', subType: 'armed_clash' },
      description: { ar: 'وصف' },
    })),
  }) as Briefing;
}

const kirkukEn = briefing(['isis'], [{ en: 'Kirkuk', ar: 'كركوك' }]);
const ninevehArOnly = briefing([], [null, { ar: 'نينوى' }]);
const anbarAndSyria = briefing(['coalition', 'anbar'], [{ en: 'Anbar' }, { en: 'Aleppo', ar: 'حلب' }]);
const noPlace = briefing(['iraq'], [null]);

describe('briefingMatches', () => {
  it.each([
    ['no filters: everything', kirkukEn, [], true],
    ['no filters: even a briefing without places or tags', briefing([], []), [], true],
    ['a governorate of an incident', kirkukEn, ['gov:iq-kirkuk'], true],
    ['another governorate', kirkukEn, ['gov:iq-anbar'], false],
    ['a governorate named only in Arabic', ninevehArOnly, ['gov:iq-nineveh'], true],
    ['any incident counts', anbarAndSyria, ['gov:sy-aleppo'], true],
    ['a tag', kirkukEn, ['tag:isis'], true],
    ['a tag the briefing lacks', kirkukEn, ['tag:coalition'], false],
    ['a tag is not a governorate: tag:anbar is the tag only', noPlace, ['tag:anbar'], false],
    ['any of several filters', noPlace, ['gov:iq-kirkuk', 'tag:iraq'], true],
    ['none of several filters', noPlace, ['gov:iq-kirkuk', 'tag:isis'], false],
    [
      'a governorate filter does not match a same-named tag',
      briefing(['kirkuk'], []),
      ['gov:iq-kirkuk'],
      false,
    ],
  ] as const)('%s', (_, b, filters, expected) => {
    expect(briefingMatches(b, filters)).toBe(expected);
  });

  it('collects the keys a briefing satisfies, and filtersAllow checks filters against them', () => {
    const keys = briefingFilterKeys(anbarAndSyria);
    expect([...keys].sort()).toEqual(['gov:iq-anbar', 'gov:sy-aleppo', 'tag:anbar', 'tag:coalition']);
    expect(filtersAllow(keys, [])).toBe(true);
    expect(filtersAllow(keys, ['gov:iq-kirkuk', 'tag:anbar'])).toBe(true);
    expect(filtersAllow(keys, ['gov:iq-kirkuk'])).toBe(false);
  });
});

describe('parseFollowTarget', () => {
  const tags = ['isis', 'coalition', 'oil-fields', 'kirkuk'];
  const kirkuk = { key: 'gov:iq-kirkuk', label: { en: 'Kirkuk', ar: 'كركوك' } };

  it.each([
    ['kirkuk', kirkuk],
    ['Kirkuk', kirkuk],
    ['كركوك', kirkuk],
    ['  محافظة كركوك ', kirkuk],
    ['Kirkuk province', kirkuk],
    ['\u2068كركوك\u2069', kirkuk],
    ['gov:iq-kirkuk', kirkuk],
    ['Ninawa', { key: 'gov:iq-nineveh', label: { en: 'Nineveh', ar: 'نينوى' } }],
    ['نينوى', { key: 'gov:iq-nineveh', label: { en: 'Nineveh', ar: 'نينوى' } }],
    ['Mosul', { key: 'gov:iq-nineveh', label: { en: 'Nineveh', ar: 'نينوى' } }],
    ['حلب', { key: 'gov:sy-aleppo', label: { en: 'Aleppo', ar: 'حلب' } }],
    ['isis', { key: 'tag:isis', label: { en: 'isis', ar: 'isis' } }],
    ['#ISIS', { key: 'tag:isis', label: { en: 'isis', ar: 'isis' } }],
    ['oil fields', { key: 'tag:oil-fields', label: { en: 'oil-fields', ar: 'oil-fields' } }],
    ['tag:kirkuk', { key: 'tag:kirkuk', label: { en: 'kirkuk', ar: 'kirkuk' } }],
  ])('%j', (input, expected) => {
    expect(parseFollowTarget(input, tags)).toEqual(expected);
  });

  it.each(['', '   ', 'atlantis', 'تمبكتو', 'gov:isis', 'tag:nowhere', '#'])('rejects %j', (input) => {
    expect(parseFollowTarget(input, tags)).toBeUndefined();
  });

  it('accepts only the tags it is given', () => {
    expect(parseFollowTarget('isis', [])).toBeUndefined();
  });
});

describe('filterLabel and tagsOf', () => {
  it.each([
    ['gov:iq-kirkuk', { en: 'Kirkuk', ar: 'كركوك' }],
    ['tag:isis', { en: 'isis', ar: 'isis' }],
    ['gov:no-such-place', { en: 'gov:no-such-place', ar: 'gov:no-such-place' }],
  ])('%s', (key, expected) => {
    expect(filterLabel(key)).toEqual(expected);
  });

  it('lists distinct tags, sorted', () => {
    expect(tagsOf([kirkukEn, anbarAndSyria, noPlace, briefing(['isis'], [])])).toEqual([
      'anbar',
      'coalition',
      'iraq',
      'isis',
    ]);
  });
});
