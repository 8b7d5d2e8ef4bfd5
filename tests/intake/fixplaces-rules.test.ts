// Rules of where an event happened (issue 12, the places of the open probes), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's governorate (English) and killed count. */
function places(text: string, published: string): { governorate: string | undefined; killed: unknown }[] {
  return draftedIncidents(text, published).map((x) => ({
    governorate: x.place.governorate?.en,
    killed: x.killed,
  }));
}

describe('a place is where the article puts it', () => {
  it('"حي الحمدانية وأحياء حلب القديمة في مدينة حلب": neighbourhoods listed before their city lie in it, not in a namesake town elsewhere', () => {
    expect(
      places(
        'مقتل أربعة مدنيين بقذائف هاون\n\nقتل أربعة مدنيين جراء سقوط قذائف هاون صباح اليوم على حي الحمدانية وأحياء حلب القديمة في مدينة حلب.',
        '2016-03-02',
      ),
    ).toEqual([{ governorate: 'Aleppo', killed: 4 }]);
  });

  it('"the Hamdaniya and Salaheddine districts of Aleppo city": the same in English', () => {
    expect(
      places(
        'Rockets kill three civilians\n\nRockets fired by rebels killed three civilians on Sunday in the Hamdaniya and Salaheddine districts of Aleppo city, state television said.',
        '2016-03-06',
      ),
    ).toEqual([{ governorate: 'Aleppo', killed: 3 }]);
  });
});
