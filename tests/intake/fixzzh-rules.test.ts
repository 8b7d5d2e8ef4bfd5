// Rules found on probe-zzh's misses (issue 12): ages told beside the dead, where the attackers are
// posted, kin killed along with the one named, a singular "was killed", tallies since a starting
// point; each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { matchView } from '../../src/intake/reading/view.js';
import { resolvePlace } from '../../src/places/resolve.js';

const extract = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

/** Each drafted incident's dead and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('an age told in passing after one of the dead', () => {
  it('"مقتل طالب (12 عاماً) ورجل مسن": two dead, the age no end of the list', () => {
    expect(
      tolls(
        ['سقطت قذيفة على بلدة الحراك في ريف درعا اليوم، ما أدى إلى مقتل طالب (١٢ عاماً) ورجل مسن.'],
        'ar',
        '2018-03-05',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"Karim Hassan, 52, was killed": the age between commas is no count', () => {
    expect(
      tolls(
        ['Karim Hassan, 52, was killed when gunmen fired on his shop in Basra on Sunday.'],
        'en',
        '2020-08-17',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('where the attackers are posted is not where the event happened', () => {
  it('"المتمركزة في حي X بقذائف الهاون على حي Y في مدينة Z": the place is where the shells fell', () => {
    const [incident] = extract(
      [
        'أصيب ثلاثة مدنيين بجروح جراء اعتداء المجموعات المسلحة المتمركزة في حي جوبر بقذائف الهاون على حي الدويلعة في مدينة دمشق اليوم.',
      ],
      'ar',
      '2016-05-10',
    );
    expect(incident?.place?.governorate?.en).toBe('Damascus');
    expect(incident?.place?.text).not.toContain('جوبر');
  });

  it('"based in" a place, where the clause names no other: that place is kept', () => {
    const [incident] = extract(
      ['Two farmers were wounded on Monday by mortar rounds fired by militants based in Hawija.'],
      'en',
      '2019-05-20',
    );
    expect(incident?.place?.governorate?.en).toBe('Kirkuk');
  });
});

describe('kin killed along with the one named', () => {
  it('"was killed along with his brother": two dead', () => {
    expect(
      tolls(
        [
          'Ahmed Saleh, who ran a bakery in the town, was killed along with his brother in a drive-by shooting in Tafas in Deraa province on Friday.',
        ],
        'en',
        '2021-02-06',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"died with her two daughters": three dead; "with his sons" gives no number', () => {
    expect(
      tolls(
        [
          'A teacher from Jisr al-Shughur was killed with her two daughters in an air strike on the town in Idlib province on Sunday.',
        ],
        'en',
        '2019-06-03',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('a singular "was killed" with a subject no count reads', () => {
  it('"the head of the village council of X was found shot dead": one dead', () => {
    expect(
      tolls(
        [
          'The head of the village council of Tal Shihab was found shot dead near his home in Deraa province on Saturday morning.',
        ],
        'en',
        '2021-04-11',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });

  it('"The fourth was shot dead by guards": one of a group told before, no new dead of the clause', () => {
    expect(findCasualties(matchView('The fourth was shot dead by guards.'), 'en').killed).toBeNull();
  });

  it('"no one was killed": nobody', () => {
    expect(
      tolls(
        ['A rocket hit an empty lot near the airport in Erbil on Monday night; no one was killed.'],
        'en',
        '2021-02-16',
      ),
    ).toEqual([{ killed: null, wounded: null }]);
  });
});

describe('events counted since a starting point are a tally', () => {
  it('"counted more than 250 attacks in X since the army took back the south, killing 300": no incident', () => {
    expect(
      tolls(
        [
          'Gunmen killed a policeman at a checkpoint near Nawa in Deraa province on Tuesday.',
          'The monitor said it had counted more than 250 attacks in Deraa since the army took back the south, killing at least 300 people.',
        ],
        'en',
        '2021-03-10',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });

  it('"وثق أكثر من 120 عملية اغتيال في X منذ سيطرة قوات النظام، أسفرت عن مقتل 150": no incident', () => {
    expect(
      tolls(
        [
          'قتل عنصر من الشرطة برصاص مسلحين مجهولين في بلدة نوى بريف درعا الغربي أمس.',
          'ووثق المكتب أكثر من 120 عملية اغتيال في درعا منذ سيطرة قوات النظام على المحافظة صيف 2018، أسفرت عن مقتل 150 شخصاً.',
        ],
        'ar',
        '2021-03-10',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});
