// Rules added on the older opened probes (q, r, t, v, z) in issue 12, each on an example written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2021-04-14') =>
  extracted(paragraphs, lang, published);

describe("the kind a lead's total names is the kind of the items it sums that name none", () => {
  it('reads "killed in raids on X" and "a strike on a school in Y" under a lead of air strikes as air strikes', () => {
    const drafted = run(
      [
        'Russian air strikes killed at least 11 civilians in Idlib province on Tuesday, a monitor said.',
        'Seven civilians, two women among them, were killed in raids on the town of Saraqib, the monitor said.',
        'In the town of Binnish, a strike on a school killed four people, rescuers said.',
      ],
      'en',
    );
    expect(drafted.map((x) => [x.killed, x.event.type])).toEqual([
      [7, 'explosions_remote_violence'],
      [4, 'explosions_remote_violence'],
    ]);
  });
});

describe('a count, then who the counted were, before the verb: the count is the verb’s however long the list', () => {
  it('reads "6 مدنيين هم امرأة وزوجها وأبناؤهما الأربعة قتلوا" as six killed', () => {
    expect(
      run(
        [
          'وقال ناشطون إن 6 مدنيين هم امرأة وزوجها وأبناؤهما الأربعة قتلوا بقصف مدفعي على بلدة كفرزيتا في ريف حماة الشمالي صباح اليوم.',
        ],
        'ar',
      ).map((x) => x.killed),
    ).toEqual([6]);
  });
});

describe('a place told only as a side of a city does not set apart the same event told again', () => {
  it('keeps "missiles struck positions south of Damascus" and "the strikes hit depots in al-Kiswah" as one strike', () => {
    const drafted = run(
      [
        'Israeli missiles struck army positions south of Damascus on Tuesday night, wounding three soldiers, state media said.',
        'A monitor said four foreign fighters were killed in the strikes, which it said hit depots near al-Kiswah.',
      ],
      'en',
    );
    expect(drafted.map((x) => [x.place.governorate?.en, x.killed, x.wounded])).toEqual([
      ['Rif Dimashq', 4, 3],
    ]);
  });
});
