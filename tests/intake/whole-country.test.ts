// The whole country a toll is counted over, shared by the rules that read "across Iraq",
// "throughout the country": each knows the same country and the same words for "all over it".
import { describe, expect, it } from 'vitest';
import { acrossCountry } from '../../src/intake/roundups/country-wide.js';
import { countryTally } from '../../src/intake/roundups/country-tally.js';
import { saidCountryToll } from '../../src/intake/roundups/said-country-toll.js';
import { COUNTRY_AS_WRITTEN_EN } from '../../src/intake/roundups/whole-country.js';
import { matchView } from '../../src/intake/reading/view.js';

const matching = (text: string): string => matchView(text).text;

describe('the whole country in English', () => {
  it('is told alike by the roundup, the source and the fronted tally, whichever word says "all over"', () => {
    for (const place of ['across Iraq', 'throughout Syria', 'across the country']) {
      expect(acrossCountry(matching(`Attacks ${place} killed six people`)), place).toBe(true);
      expect(saidCountryToll(matching(`The monitor said 40 people were killed ${place}`)), place).toBe(true);
      expect(
        countryTally(
          matching(`${place.replace(/^./, (c) => c.toUpperCase())}, at least 40 people were killed`),
        ),
        place,
      ).toBe(true);
    }
  });

  it('is not a province, a city or a region', () => {
    expect(acrossCountry(matching('Attacks across Anbar killed six people'))).toBe(false);
    expect(saidCountryToll(matching('The monitor said 40 people were killed across the province'))).toBe(
      false,
    );
    expect(countryTally(matching('Across the city, at least 40 people were killed'))).toBe(false);
  });

  it('is read as written, capitals and any space, where the text is not in matching form', () => {
    const asWritten = new RegExp(`^${COUNTRY_AS_WRITTEN_EN}$`);
    for (const name of ['Iraq', 'Syria', 'the country', 'the  country'])
      expect(asWritten.test(name), name).toBe(true);
    expect(asWritten.test('the province')).toBe(false);
  });
});
