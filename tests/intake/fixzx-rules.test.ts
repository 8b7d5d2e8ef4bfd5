// Rules added on the misses of probe-zx and probe-zu (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, extracted } from '../support/tolls.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2020-04-16') =>
  extracted(paragraphs, lang, published);
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published?: string) =>
  run(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));
const drafted = (title: string, paragraphs: string[], published: string) =>
  draftedIncidents([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), published).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('a village of Jabal al-Zawiya is placed in Idlib', () => {
  it('gives "the village of Iblin" the governorate Idlib', () => {
    expect(
      run(
        [
          'Government shelling on the village of Iblin killed a farmer and wounded his wife on Wednesday, rescuers said.',
        ],
        'en',
      ).map((x) => x.place.governorate?.en),
    ).toEqual(['Idlib']);
  });
});

describe('a toll counted since a starting point is a total, not an event', () => {
  it('drafts no incident of "have been killed since government forces launched an offensive"', () => {
    expect(
      drafted(
        'Russian strikes on Idlib bakery kill six',
        [
          'Russian warplanes struck a bakery in the town of Ariha in Idlib province on Monday, killing six civilians, rescuers said.',
          'Some 250 civilians have been killed since government forces launched an offensive on the enclave in late April, according to the monitor.',
        ],
        '2019-07-22',
      ),
    ).toEqual([{ killed: 6, wounded: null }]);
  });
});

describe('a toll counted since a weekday is the running toll of the event told', () => {
  it('keeps "fighting … has killed 8 people since Sunday" as an incident', () => {
    expect(
      tolls(
        [
          'Fighting between tribal gunmen and the army in the town of Hajin in Deir Ezzor province has killed 8 people since Sunday, a war monitor said on Tuesday.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 8, wounded: null }]);
  });
});

describe('a dual vowelled apart from its plural counts two', () => {
  it('reads "مقتل مسلحَين" as two dead', () => {
    expect(
      tolls(['أعلن الجيش مقتل مسلحَين في كمين نصبه قرب قرية في ريف الحسكة الجنوبي فجر اليوم.'], 'ar'),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('a person named by a role in public life is one dead', () => {
  it('counts one killed in "gunmen killed a former election organiser"', () => {
    expect(
      tolls(
        [
          'Gunmen killed a former election organiser outside his home in the city of Amarah on Monday, police said.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('events counted over a span are a tally, not an incident', () => {
  it('drafts no incident of "carried out 20 raids … last month, killing 9 militants"', () => {
    expect(
      tolls(
        [
          'An Iraqi air strike killed four Islamic State militants in a cave in the Hamrin mountains in Diyala province on Wednesday, the military said.',
          'The military said it had carried out 20 raids against the group in Diyala last month, killing 9 militants and arresting 30 suspects.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe('an animal hurt with the people counted counts no one', () => {
  it('counts two wounded in "two U.S. service members and a military working dog were wounded"', () => {
    expect(
      tolls(
        [
          'Coalition forces killed two Islamic State militants in a night raid on a house near the town of Tal Hamis in Hasakah province, the coalition said on Sunday.',
          'Two U.S. service members and a military working dog were wounded in the operation near the village of al-Hol.',
        ],
        'en',
      ),
    ).toEqual([{ killed: 2, wounded: 2 }]);
  });
});
