// Rules added on the English misses of probe-zzs…zzx (issue 12), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's first and last possible day and its dead. */
const dated = (paragraphs: string[], published: string) =>
  extractIncidents(splitSentences(paragraphs, 'en'), {
    lang: 'en',
    published,
    resolvePlace,
    titlePlace: null,
  }).map((x) => ({ from: x.date?.from ?? null, to: x.date?.to ?? null, killed: x.killed }));

/** Each drafted incident's governorate, dead and wounded. */
const told = (paragraphs: string[], published: string) =>
  extractIncidents(splitSentences(paragraphs, 'en'), {
    lang: 'en',
    published,
    resolvePlace,
    titlePlace: null,
  }).map((x) => ({ governorate: x.place.governorate?.en ?? null, killed: x.killed, wounded: x.wounded }));

describe('a gloss in brackets between a count and its verb', () => {
  it('"Three members of the Kurdish Asayish (the internal security forces, …) were killed": the three are the dead', () => {
    expect(
      told(
        [
          'Three members of the Kurdish Asayish (the internal security forces, known as Asayish) were killed and two others wounded when a bomb hit their checkpoint in Qamishli on Friday.',
        ],
        '2022-03-05',
      ),
    ).toEqual([{ governorate: 'Hasakah', killed: 3, wounded: 2 }]);
  });
});

describe('"martyred": an official statement telling a killing', () => {
  it('"Five soldiers were martyred and eight others injured": five dead', () => {
    expect(
      told(
        [
          'Five soldiers were martyred and eight others injured on Tuesday when terrorists shelled a military post near Palmyra in the eastern countryside of Homs.',
        ],
        '2019-04-10',
      ),
    ).toEqual([{ governorate: 'Homs', killed: 5, wounded: 8 }]);
  });

  it('"…, martyring two of our fighters": the active tells its object killed', () => {
    expect(
      told(
        [
          'An occupation drone targeted a car near Amuda on Sunday evening, martyring two of our fighters, the statement said.',
        ],
        '2021-09-13',
      ),
    ).toEqual([{ governorate: 'Hasakah', killed: 2, wounded: null }]);
  });
});

describe('a toll told risen from an earlier figure by the deaths of wounded', () => {
  it('"the toll had risen from five after two of the 20 wounded died": the dead told first hold them', () => {
    expect(
      told(
        [
          'A car bomb exploded at a busy checkpoint in Tikrit on Thursday evening, killing at least eight people, police said.',
          'The death toll had risen from five after two of the 20 wounded died in hospital during the night, a doctor said.',
        ],
        '2017-09-15',
      ),
    ).toEqual([{ governorate: 'Salahuddin', killed: 8, wounded: 18 }]);
  });

  it('without the earlier figure, the wounded who died are more dead', () => {
    expect(
      told(
        [
          'A car bomb exploded at a busy checkpoint in Tikrit on Thursday evening, killing at least eight people, police said.',
          'Two of the 20 wounded died in hospital during the night, a doctor said.',
        ],
        '2017-09-15',
      ),
    ).toEqual([{ governorate: 'Salahuddin', killed: 10, wounded: 18 }]);
  });
});

describe('"a third" that counts rockets, not people', () => {
  it('"two fell in open ground while a third hit a house, wounding two children": the two told before', () => {
    expect(
      told(
        [
          'Two children were wounded when mortar shells fell on a village near Tuz Khurmatu on Friday night, police said.',
          'Four shells were fired from the hills; two fell in open ground while a third hit a house, wounding two children.',
        ],
        '2021-06-12',
      ),
    ).toEqual([{ governorate: 'Salahuddin', killed: null, wounded: 2 }]);
  });

  it('"a third soldier was wounded": a third person is one more', () => {
    expect(
      told(
        [
          'Two soldiers were wounded when a bomb went off near their patrol in Tuz Khurmatu on Friday night, police said.',
          'A third soldier was wounded by sniper fire as they were evacuated.',
        ],
        '2021-06-12',
      ),
    ).toEqual([{ governorate: 'Salahuddin', killed: null, wounded: 3 }]);
  });
});

describe('"came less than a week after": some day of the week before', () => {
  it('the day the clause names wins, before the event told first (not a week after it)', () => {
    expect(
      dated(
        [
          'Gunmen attacked a checkpoint near Baquba on Thursday night, killing four policemen, officials said.',
          'The attack came less than two weeks after a roadside bomb killed three soldiers near Muqdadiyah on Monday.',
        ],
        '2019-03-22',
      ),
    ).toEqual([
      { from: '2019-03-21', to: '2019-03-22', killed: 4 },
      { from: '2019-03-18', to: '2019-03-18', killed: 3 },
    ]);
  });

  it('with no day named, the days within that span before it', () => {
    expect(
      dated(
        [
          'Gunmen attacked a checkpoint near Baquba on Thursday night, killing four policemen, officials said.',
          'The attack came less than a week after a roadside bomb killed three soldiers near Muqdadiyah.',
        ],
        '2019-03-22',
      ),
    ).toEqual([
      { from: '2019-03-21', to: '2019-03-22', killed: 4 },
      { from: '2019-03-14', to: '2019-03-20', killed: 3 },
    ]);
  });
});
