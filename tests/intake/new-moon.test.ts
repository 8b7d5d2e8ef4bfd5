import { describe, expect, it } from 'vitest';
import { monthStartDays, newMoonNear } from '../../src/intake/dates/new-moon.js';
import { hijriToIso } from '../../src/intake/dates/hijri.js';

describe('new moon', () => {
  it.each([
    // published conjunctions (UTC)
    ['2000-01-06', '2000-01-06T18:14'],
    ['2018-11-07', '2018-11-07T16:02'],
    ['2021-07-09', '2021-07-10T01:17'],
    ['2023-04-21', '2023-04-20T04:13'],
  ])('near %s is at %s, within a few minutes', (near, at) => {
    const minutes = Math.abs(newMoonNear(near).getTime() - Date.parse(`${at}:00Z`)) / 60_000;
    expect(minutes).toBeLessThan(5);
  });
});

describe('first day of a Hijri month', () => {
  it.each([
    // [Hijri year, month, the two days the month began on across the region]
    [1444, 10, '2023-04-21', '2023-04-22'], // Eid al-Fitr 2023: Friday (Saudi Arabia), Saturday (Iraq's Shia)
    [1442, 10, '2021-05-13', '2021-05-14'], // Eid al-Fitr 2021
    [1445, 9, '2024-03-11', '2024-03-12'], // Ramadan 2024
    [1440, 3, '2018-11-09', '2018-11-10'], // Rabi' al-Awwal 1440 (Mawlid, the 12th, on 20 November)
  ] as const)('%i-%i begins on %s or %s', (year, month, from, to) => {
    expect(monthStartDays(hijriToIso(year, month, 1))).toEqual({ from, to });
  });

  it('a conjunction after sunset moves the first sighting to the next evening', () => {
    // 7 November 2018 16:02 UTC is 19:02 in Baghdad: the crescent could first be seen on the 8th
    expect(monthStartDays('2018-11-10').from).toBe('2018-11-09');
  });
});
