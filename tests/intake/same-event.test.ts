import { describe, expect, it } from 'vitest';
import { mergeSameEvents, sameEvent, type EventMention } from '../../src/intake/incidents/same-event.js';
import type { ResolvedPlace } from '../../src/places/types.js';

const place = (over: Partial<ResolvedPlace>): ResolvedPlace => ({
  country: 'IQ',
  governorate: { en: 'Diyala', ar: 'ديالى' },
  district: null,
  locality: null,
  precision: 'governorate',
  text: 'Diyala',
  ...over,
});
const baquba = place({ district: { en: 'Baquba', ar: 'بعقوبة' }, precision: 'district', text: 'Baquba' });
const nearBaquba = place({
  district: { en: 'Baquba', ar: 'بعقوبة' },
  locality: { en: 'near Baquba' },
  precision: 'locality',
  text: 'near Baquba',
});
const khalis = place({ district: { en: 'Khalis', ar: 'الخالص' }, precision: 'district', text: 'Khalis' });

const mention = (over: Partial<EventMention>): EventMention => ({
  date: { from: '2023-05-06', to: '2023-05-06', precision: 'day' },
  place: baquba,
  event: { type: 'explosions_remote_violence', subType: 'remote_explosive_landmine_ied' },
  actors: [],
  targets: [],
  suspected: [],
  killed: null,
  wounded: null,
  attackersKilled: null,
  sentences: [0],
  checks: [],
  separate: false,
  ...over,
});

describe('sameEvent: one event told twice', () => {
  it('the same day, one place inside the other, one toll told once, the same kind', () => {
    // "A roadside bomb near Baquba killed two farmers on Saturday." … "The Saturday blast in Baquba…"
    expect(sameEvent(mention({ place: nearBaquba, killed: 2 }), mention({ sentences: [4] }))).toBe(true);
  });

  it('a generic "attack" fits a strike told by its kind, and the same actor', () => {
    const strike = { type: 'explosions_remote_violence', subType: 'air_drone_strike' } as const;
    const attack = { type: 'violence_against_civilians', subType: 'attack' } as const;
    expect(
      sameEvent(
        mention({ event: strike, actors: ['turkey'], killed: 3 }),
        mention({ event: attack, actors: ['turkey'], killed: 3, sentences: [5] }),
      ),
    ).toBe(true);
  });

  it.each([
    ['another day', mention({ date: { from: '2023-05-05', to: '2023-05-05', precision: 'day' } })],
    ['another district of the same governorate', mention({ place: khalis })],
    ['the governorate alone, as a roundup of one province gives it', mention({ place: place({}) })],
    ['another toll', mention({ killed: 1, wounded: 4 })],
    ['another kind of event', mention({ event: { type: 'battles', subType: 'armed_clash' } })],
    ['another actor', mention({ actors: ['pkk'] })],
  ])('not with %s', (_, other) => {
    expect(sameEvent(mention({ killed: 2, actors: ['isis'] }), { ...other, sentences: [3] })).toBe(false);
  });
});

describe('mergeSameEvents', () => {
  it('keeps the first mention, with what the later one adds', () => {
    const merged = mergeSameEvents([
      mention({ place: nearBaquba, killed: 2, sentences: [0] }),
      mention({ place: khalis, wounded: 5, sentences: [1] }),
      mention({ actors: ['isis'], sentences: [3], checks: [{ reason: 'actor-suspected' }] }),
    ]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({
      place: nearBaquba,
      killed: 2,
      actors: ['isis'],
      sentences: [0, 3],
      checks: [{ reason: 'actor-suspected' }],
    });
    expect(merged[1]?.place).toBe(khalis);
  });

  it('never merges an event the article opens as separate into the one just before it', () => {
    const merged = mergeSameEvents([
      mention({ sentences: [0] }),
      // "Separately, a bomb went off in Baquba" — the same day, no toll
      mention({ sentences: [1], separate: true }),
    ]);
    expect(merged).toHaveLength(2);
  });
});
