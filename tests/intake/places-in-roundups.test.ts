import { describe, expect, it } from 'vitest';
import { unknownPlaceName, withUnknownSpot } from '../../src/intake/places/unknown-place.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { extracted } from '../support/tolls.js';

describe('a roundup: one item per paragraph', () => {
  it('a new paragraph at another town of the same governorate is another event, even with no toll', () => {
    const incidents = extracted(
      [
        'Turkish drones killed four fighters near Batifa on Monday.',
        'Armed men attacked a police post in Sumel on Monday.',
      ],
      'en',
      '2023-06-06',
    );
    expect(incidents.map((x) => [x.place.governorate?.en, x.place.district?.en, x.killed])).toEqual([
      ['Duhok', 'Zakho', 4],
      ['Duhok', 'Sumel', null],
    ]);
  });

  it('the same spot told again in other words stays one event', () => {
    const incidents = extracted(
      [
        'أفاد مصدر أمني بمقتل شخصين بنزاع عشائري شرقي مدينة الناصرية يوم السبت.',
        'وقال المصدر إن شخصين قتلا جراء النزاع الذي اندلع شرقي الناصرية.',
      ],
      'ar',
      '2023-06-04',
    );
    expect(incidents).toHaveLength(1);
  });
});

describe('an incident at a place the gazetteer does not know', () => {
  it('is kept, in the governorate its paragraph names', () => {
    expect(resolvePlace('in Qasrok', 'en')).toBeNull();
    const incidents = extracted(
      [
        'A roadside bomb killed two soldiers in Tikrit on Monday.',
        'Turkish drones killed three fighters in Qasrok on Monday. The village lies in the Zakho district of Duhok.',
      ],
      'en',
      '2023-06-06',
    );
    expect(incidents[1]).toMatchObject({
      killed: 3,
      place: {
        country: 'IQ',
        governorate: { en: 'Duhok' },
        locality: { en: 'Qasrok' },
        precision: 'locality',
      },
      checks: [{ reason: 'place-unresolved', detail: 'Qasrok' }],
    });
  });

  it('is kept as text with no governorate when the text gives none: never a guessed one', () => {
    const incidents = extracted(
      [
        'A roadside bomb killed two soldiers in Tikrit on Monday.',
        'Turkish drones killed three fighters near Qasrok on Monday.',
      ],
      'en',
      '2023-06-06',
    );
    expect(incidents).toHaveLength(2);
    expect(incidents[1]).toMatchObject({
      place: {
        country: 'IQ',
        governorate: null,
        locality: { en: 'Qasrok' },
        precision: 'country',
        text: 'Qasrok',
      },
      checks: expect.arrayContaining([{ reason: 'place-unresolved', detail: 'Qasrok' }]),
    });
  });

  it('in Arabic, after a word for a kind of place', () => {
    const incidents = extracted(
      ['قتل مدنيان بقصف تركي على قرية كوسرك الحدودية في محافظة دهوك يوم الأحد.'],
      'ar',
      '2023-06-05',
    );
    expect(incidents[0]?.place.governorate?.en).toBe('Duhok');
    const alone = extracted(
      ['انفجرت عبوة ناسفة في الموصل يوم السبت.', 'وقتل راعيان بانفجار لغم قرب قرية كوسرك يوم الأحد.'],
      'ar',
      '2023-06-05',
    );
    expect(alone[1]?.place).toMatchObject({ governorate: null, locality: { ar: 'كوسرك' } });
  });

  it('is dropped when nothing in the article says which country it is in', () => {
    expect(extracted(['Drones killed three fighters in Qasrok on Monday.'], 'en', '2023-06-06')).toEqual([]);
  });
});

describe('unknownPlaceName', () => {
  it.each([
    ['Shelling hit homes in the village of Qasrok on Monday.', 'en', 'Qasrok'],
    ['Two shepherds died near Kani Sipi when a mine exploded.', 'en', 'Kani Sipi'],
    ['Fighting broke out in al-Hamra at dawn.', 'en', 'al-Hamra'],
    ['A bomb went off in March, in a market.', 'en', null],
    ['The attack happened on Monday in the morning.', 'en', null],
    ['سقطت قذيفة على بلدة تل حميس ليلاً.', 'ar', 'تل حميس'],
    ['اندلعت اشتباكات في منطقة حدودية نائية.', 'ar', null],
    ['قتل شخص في قرية كوسرك شمالي المحافظة.', 'ar', 'كوسرك'],
  ] as const)('%s → %s', (text, lang, name) => {
    expect(unknownPlaceName(text, lang)).toBe(name);
  });
});

describe('a spot the gazetteer does not know, situated by one it knows', () => {
  const spot = (text: string) => {
    const place = resolvePlace(text, 'en')!;
    return withUnknownSpot(text, place, 'en', (name) => resolvePlace(name, 'en') !== null);
  };

  it('"in Qasrok, north of Duhok": the governorate from Duhok, the spot with its direction', () => {
    expect(spot('Shells hit homes in Qasrok, north of Duhok, on Monday.')).toMatchObject({
      governorate: { en: 'Duhok' },
      locality: { en: 'Qasrok, north of Duhok' },
      precision: 'locality',
    });
  });

  it('"in Qasrok village in Duhok\'s Zakho district": the district kept, the spot its locality', () => {
    expect(spot("Shells hit homes in Qasrok village in Duhok's Zakho district.")).toMatchObject({
      governorate: { en: 'Duhok' },
      district: { en: 'Zakho' },
      locality: { en: 'Qasrok' },
      precision: 'locality',
    });
  });

  it('a name elsewhere in the sentence is not the spot', () => {
    expect(spot('Officials in Ankara said shells hit homes in Zakho.').locality).toBeNull();
  });
});

describe('where a statement was made is not an unknown place of the event', () => {
  it('"in Geneva", "in Ankara" keep no incident that has no place of its own', () => {
    expect(unknownPlaceName('The agency said in Geneva that nine civilians were killed.', 'en')).toBeNull();
    expect(
      extracted(
        [
          'A roadside bomb killed two soldiers in Tikrit on Monday.',
          'Officials in Ankara said on Tuesday that drones had killed four fighters.',
        ],
        'en',
        '2023-06-06',
      ).map((x) => x.place.governorate?.en ?? null),
    ).toEqual(['Salahuddin']);
  });
});
