// Rules from the fxactors3 round (issue 12, actors): a state named by its aircraft is the doer of the
// strike, and the armed group named beside it what was struck; Syria's aircraft are the Syrian army's.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { actorIdOf } from '../../src/intake/drafts/phrases.js';
import { draftedIncidents } from '../support/tolls.js';

/** Each drafted incident's perpetrators, as actor ids. */
const actorsOf = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) =>
    x.actors.map((a) => actorIdOf(a.en ?? a.ar ?? '')?.id ?? '?'),
  );

describe('"Turkish drones struck PKK hideouts", "طائرة مسيرة تركية": the state whose aircraft struck is the doer', () => {
  it('makes the country of the drones the doer, not the group they struck, in English', () => {
    expect(
      actorsOf(
        [
          'Drone strike kills three near Amedi',
          'Turkish drones struck PKK targets near the village of Deraluk in Duhok province on Friday, killing three men, a local official said.',
        ],
        '2023-04-08',
      ),
    ).toEqual([['turkey']]);
  });

  it('does so in Arabic, the aircraft named before the country', () => {
    expect(
      actorsOf(
        [
          'مقتل ثلاثة بغارة في دهوك',
          'قتل ثلاثة أشخاص، مساء أمس الجمعة، بقصف نفذته طائرة مسيرة تركية استهدف مواقع حزب العمال الكردستاني قرب قرية ديرلوك في محافظة دهوك.',
        ],
        '2023-04-08',
      ),
    ).toEqual([['turkey']]);
  });

  it('reads the warplanes named before the country so, in Arabic', () => {
    expect(
      actorsOf(
        [
          'مقتل ثلاثة بغارات في جبل متين',
          'شنت طائرات حربية تركية، فجر اليوم السبت، غارات على حزب العمال الكردستاني في جبل متين بمحافظة دهوك، ما أدى إلى مقتل ثلاثة أشخاص.',
        ],
        '2023-04-08',
      ),
    ).toEqual([['turkey']]);
  });

  it('keeps the group the doer when no aircraft is named', () => {
    expect(
      actorsOf(
        [
          'Clash near Amedi',
          'PKK fighters attacked a Turkish army outpost near the village of Deraluk in Duhok province on Friday, killing two soldiers, a local official said.',
        ],
        '2023-04-08',
      ),
    ).toEqual([['pkk']]);
  });
});

describe('"Syrian warplanes bombed…", "الطيران الحربي السوري": Syria\'s aircraft are the army\'s', () => {
  it('reads the Syrian warplanes of an English report as the Syrian army', () => {
    expect(
      actorsOf(
        [
          'Air raid kills nine in Idlib countryside',
          'Syrian warplanes bombed a vegetable market in the town of Kafr Takharim in Idlib province on Tuesday, killing nine people, activists said.',
        ],
        '2015-02-11',
      ),
    ).toEqual([['syrian_army']]);
  });

  it('reads the Syrian war aviation of an Arabic report so', () => {
    expect(
      actorsOf(
        [
          'مقتل تسعة بغارات على ريف إدلب',
          'قتل تسعة مدنيين، اليوم الثلاثاء، بغارات شنها الطيران الحربي السوري على سوق للخضار في بلدة كفرتخاريم بريف إدلب الغربي.',
        ],
        '2015-02-10',
      ),
    ).toEqual([['syrian_army']]);
  });
});
