// Rules from the fxcounten round (issue 12, English counts read wrong on a matched incident), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { ingest } from '../../src/intake/ingest.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's killed and wounded. */
const tolls = (paragraphs: string[], published = '2021-04-12') =>
  extractIncidents(splitSentences(paragraphs, 'en'), {
    lang: 'en',
    published,
    resolvePlace,
    titlePlace: null,
  }).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('a number after "aged" is an age, not a count', () => {
  it('"a boy aged nine was wounded": one wounded', () => {
    expect(
      tolls([
        "A boy aged nine was wounded when a shell hit his family's house in Tal Rifaat, north of Aleppo.",
      ]),
    ).toEqual([{ killed: null, wounded: 1 }]);
  });

  it('"two girls aged six and ten were killed": two dead, neither age added', () => {
    expect(
      tolls([
        'Two girls aged six and ten were killed by regime shelling on Maarat al-Numan in Idlib province.',
      ]),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"a farmer aged about 60 was killed": one dead, the hedged age no count', () => {
    expect(
      tolls(['A farmer aged about 60 was killed by a roadside bomb near Baiji in Salahuddin province.']),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('digits with an ordinal ending name a unit, not how many', () => {
  it('"a sergeant from the 31st Marine Expeditionary Unit was killed": one dead', () => {
    expect(
      tolls([
        'A sergeant from the 31st Marine Expeditionary Unit was killed by rocket fire at a base near Makhmour.',
      ]),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('the group the counted belonged to may take a longer name before "and" joins one more', () => {
  it('"three members of the U.S.-backed Syrian Democratic Forces (SDF) and a shepherd": four dead', () => {
    expect(
      tolls([
        'A Turkish drone strike near Tal Tamr in Hasakah province killed three members of the U.S.-backed Syrian Democratic Forces (SDF) and a shepherd.',
      ]),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe("the claimant's toll after its claim of the event just told is no event of its own", () => {
  it('"claimed the attack, saying its fighters had killed 30 soldiers": one incident, the officials\' toll', () => {
    const result = ingest(
      [
        'Car bomb kills six soldiers near Haditha',
        'A suicide car bomb killed six soldiers at an army post near Haditha in Anbar province on Monday, officials said.',
        'Islamic State claimed the attack in a statement, saying its fighters had killed 30 soldiers.',
      ].join('\n\n'),
      { published: '2021-04-12' },
    );
    expect(result.ok && result.draft.incidents.map((x) => [x.killed, x.wounded])).toEqual([[6, null]]);
  });
});

describe('"a second bomber" is another blast, not more of the one just told', () => {
  it('two bombers, each with the toll of his own blast: two incidents, the lead total dropped', () => {
    const result = ingest(
      [
        'Twin suicide blasts kill 14 in Kirkuk',
        'Two suicide bombers blew themselves up near a bus station in Kirkuk on Sunday, killing 14 people, police said.',
        'The first bomber detonated his vest at the gate of the station, killing nine people and wounding 20.',
        'Minutes later, a second bomber struck a crowded cafe nearby, killing five and wounding 11, a medic said.',
      ].join('\n\n'),
      { published: '2021-04-12' },
    );
    expect(result.ok && result.draft.incidents.map((x) => [x.killed, x.wounded])).toEqual([
      [9, 20],
      [5, 11],
    ]);
  });

  it('a second bomber shot dead before he could set off his vest is part of the attack just told', () => {
    const result = ingest(
      [
        'Suicide bomber kills six at Tikrit checkpoint',
        'A suicide bomber blew himself up at a checkpoint at the southern entrance of Tikrit on Sunday, killing six soldiers, police said.',
        'Guards shot dead a second bomber before he could detonate his vest, a police officer said.',
      ].join('\n\n'),
      { published: '2021-04-12' },
    );
    expect(result.ok && result.draft.incidents.map((x) => x.killed)).toEqual([6]);
  });
});

describe('"the other" after "one" is one person', () => {
  it('"killing one and wounding the other, police said": one dead, one wounded', () => {
    expect(
      tolls([
        'Unknown gunmen fired on two shepherds near Jalawla in Diyala province on Sunday, killing one and wounding the other, police said.',
      ]),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('the full stop of a rank or title before a name ends no sentence', () => {
  it('"Meanwhile, police commander Lt. Gen. … said his forces killed 25 militants": an event of its own', () => {
    const result = ingest(
      [
        'Mortar fire kills four in Mosul',
        'Mortar rounds hit a market in western Mosul on Friday, killing four civilians, officials said.',
        'Meanwhile, police commander Lt. Gen. Karim Hassan said his forces killed 25 militants on Friday as they advanced toward the old city.',
      ].join('\n\n'),
      { published: '2021-04-12' },
    );
    expect(result.ok && result.draft.incidents.map((x) => [x.killed, x.wounded])).toEqual([
      [4, null],
      [25, null],
    ]);
  });

  it('"spokesman Col. Ahmed Nuri said": one sentence', () => {
    expect(
      splitSentences(
        ['Two soldiers were wounded, army spokesman Col. Ahmed Nuri said. The attackers fled.'],
        'en',
      ).map((s) => s.text),
    ).toEqual(['Two soldiers were wounded, army spokesman Col. Ahmed Nuri said.', 'The attackers fled.']);
  });
});

describe('a trade named as the one victim ("a money changer", "a jeweller") counts one', () => {
  it('"gunmen shot dead a money changer" after a bombing: one dead, an event of its own', () => {
    expect(
      tolls([
        'In Baghdad, a bomb near a market in Sadr City killed two people and wounded five others. Gunmen shot dead a money changer in Adhamiya.',
      ]),
    ).toEqual([
      { killed: 2, wounded: 5 },
      { killed: 1, wounded: null },
    ]);
  });

  it('"a jeweller was wounded": one wounded', () => {
    expect(
      tolls(['A jeweller was wounded when gunmen opened fire on his shop in Kirkuk on Sunday.']),
    ).toEqual([{ killed: null, wounded: 1 }]);
  });
});

describe('wounded told only roughly stay as told when some of them die', () => {
  it('"wounding nearly 40", then two of the wounded died: 11 dead, still 40 wounded', () => {
    expect(
      tolls([
        'A car bomb went off near a vegetable market in Azaz on Monday, killing nine people and wounding nearly 40, medics said.',
        'The toll later rose to 11 after two of the wounded died in hospital.',
      ]),
    ).toEqual([{ killed: 11, wounded: 40 }]);
  });

  it('"more than 20 wounded", then one of them died: seven dead, still 20 wounded', () => {
    expect(
      tolls([
        'Shelling on Jisr al-Shughur on Monday killed six people and wounded more than 20, rescuers said.',
        'One of the wounded died overnight, raising the toll to seven.',
      ]),
    ).toEqual([{ killed: 7, wounded: 20 }]);
  });

  it('an exact 40 wounded, then two died: 38 left wounded', () => {
    expect(
      tolls([
        'A car bomb went off near a vegetable market in Azaz on Monday, killing nine people and wounding 40, medics said.',
        'The toll later rose to 11 after two of the wounded died in hospital.',
      ]),
    ).toEqual([{ killed: 11, wounded: 38 }]);
  });
});

describe('a blow told with its own dead is no rest of a split toll told before', () => {
  it('"six people, two of them women", then "an air strike on a farmhouse … killed a farmer and his three sons": two incidents', () => {
    expect(
      tolls([
        'Six people, two of them women, were killed when shells hit a market in Kafr Nabl on Sunday.',
        'An air strike on a farmhouse in the village of Um Jalal killed a farmer and his three sons.',
      ]),
    ).toEqual([
      { killed: 6, wounded: null },
      { killed: 4, wounded: null },
    ]);
  });
});

describe('where the counted were may carry a describing word ("in a neighbouring house")', () => {
  it('a raid kills two militants, then "a boy in a nearby house was wounded": two dead, one wounded', () => {
    expect(
      tolls([
        'Coalition helicopters killed two Islamic State militants in a raid on a farm near Shuhayl in Deir ez-Zor province on Tuesday.',
        'Local sources said a boy in a nearby house was wounded in the exchange of fire.',
      ]),
    ).toEqual([{ killed: 2, wounded: 1 }]);
  });
});

describe('", and at least four were killed by …": a hedged count with its own verb opens another clause', () => {
  it('two bombs in one sentence, the second toll hedged: two incidents with their own tolls', () => {
    expect(
      tolls([
        'Three people died when a bomb exploded near a bakery in Baquba on Monday, and at least six were killed by a car bomb in Muqdadiya, where about 15 others were hurt.',
      ]),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 6, wounded: 15 },
    ]);
  });
});

describe('those a strike on a hospital, a mosque or a market hits, named as the one victim, count one', () => {
  it('"a strike on a clinic … killed a patient", then a barrel bomb on another day: two incidents', () => {
    expect(
      tolls([
        'A strike on a clinic in Saraqib killed a patient on Sunday, rescuers said. Early Monday, a barrel bomb killed two children in Kafr Nabl.',
      ]),
    ).toEqual([
      { killed: 1, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });

  it('"gunmen wounded a worshipper outside a mosque": one wounded', () => {
    expect(tolls(['Gunmen wounded a worshipper outside a mosque in Baquba on Friday.'])).toEqual([
      { killed: null, wounded: 1 },
    ]);
  });
});

describe('the wounds a body found bore are how that one died, not wounded', () => {
  it('"the body of a shepherd was found with gunshot wounds": one dead, none wounded', () => {
    expect(
      tolls([
        'In Hawija, the body of a shepherd who had been abducted on Friday was found with gunshot wounds.',
      ]),
    ).toEqual([{ killed: 1, wounded: null }]);
  });

  it('"police found the bodies of three men bearing stab wounds": three dead, none wounded', () => {
    expect(
      tolls(['Police found the bodies of three men bearing stab wounds near Baquba in Diyala province.']),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('"I.E.D.", the dotted abbreviation, names a bomb like "IED"', () => {
  it('"An I.E.D. wounded several civilians in Ramadi": an incident with no count', () => {
    expect(tolls(['An I.E.D. wounded several civilians in Ramadi.'])).toEqual([
      { killed: null, wounded: null },
    ]);
  });
});

describe('a single body found, told with no count, is one dead', () => {
  it('"An unidentified body was found in Ramadi": one dead', () => {
    expect(
      tolls(['An unidentified body was found in Ramadi; the victim had been shot in the head.']),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('where the counted were may be a field, a street, a market or a mosque', () => {
  it('a shell kills a farmer, then "two boys in a nearby field were wounded": one dead, two wounded', () => {
    expect(
      tolls([
        'An artillery shell killed a farmer near Tal Tamr in Hasakah province on Saturday.',
        'Two boys in a nearby field were wounded, the monitor said.',
      ]),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });
});

describe('an age told as a decade ("in his 60s", "in their 20s") is no count', () => {
  it('"a shopkeeper in his 60s was shot dead": one dead, not 60', () => {
    expect(tolls(['A shopkeeper in his 60s was shot dead by gunmen in Basra on Sunday.'])).toEqual([
      { killed: 1, wounded: null },
    ]);
  });

  it('"a shopkeeper in his 60s": no figure 60 either', () => {
    const result = ingest(
      [
        'Shopkeeper shot dead in Basra',
        'A shopkeeper in his 60s was shot dead by gunmen in Basra on Sunday, police said.',
      ].join('\n\n'),
      { published: '2021-04-12' },
    );
    expect(result.ok && result.draft.figures.map((x) => x.value)).toEqual([]);
  });

  it('"two brothers in their 20s were wounded": two wounded, the age standing between', () => {
    expect(
      tolls([
        'Two brothers in their 20s were wounded when a sticky bomb exploded under their car in Kirkuk.',
      ]),
    ).toEqual([{ killed: null, wounded: 2 }]);
  });
});

describe('"half a dozen" is six', () => {
  it('"at least half a dozen people were killed": six dead, not twelve', () => {
    expect(
      tolls([
        'At least half a dozen people were killed when a car bomb exploded in a market in Tuz Khurmatu.',
      ]),
    ).toEqual([{ killed: 6, wounded: null }]);
  });
});

describe('"killed himself and five others": the count after the doer\'s own death is the victims\'', () => {
  it('a suicide bomber "killed himself and four others": four dead', () => {
    expect(
      tolls(['A suicide bomber killed himself and four others at a funeral tent in Muqdadiya on Monday.']),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe('a hedge of several words between the verb and its count ("killed as many as 20")', () => {
  it('"killed as many as 20 people and wounded approximately 60": 20 dead, 60 wounded, marked approximate', () => {
    const result = ingest(
      [
        'Car bomb in Baquba',
        'A car bomb in a crowded market in Baquba on Monday killed as many as 20 people and wounded approximately 60, police said.',
      ].join('\n\n'),
      { published: '2021-04-12' },
    );
    const incidents = result.ok ? result.draft.incidents : [];
    expect(incidents.map((x) => [x.killed, x.wounded])).toEqual([[20, 60]]);
    expect(
      (incidents[0]?.checks ?? []).filter((c) => c.reason === 'casualties-approximate').map((c) => c.detail),
    ).toEqual(['as many as 20', 'approximately 60']);
  });
});

describe('a part of a toll told after "including" is not added to the wounded told next', () => {
  it('"four people were killed, including a child, and 15 others were injured": four dead, 15 wounded', () => {
    expect(
      tolls([
        'Four people were killed, including a child, and 15 others were injured when a mortar shell hit a market in Tuz Khurmatu on Friday.',
      ]),
    ).toEqual([{ killed: 4, wounded: 15 }]);
  });
});

describe('kin between commas after one person names that one again ("a shepherd, his uncle, was wounded")', () => {
  it('a strike kills two, then "another farmer, his cousin, was wounded": two dead, one wounded', () => {
    expect(
      tolls([
        'A Turkish drone strike killed two fighters near Sidakan in Erbil province on Friday.',
        'Another farmer, his cousin, was wounded.',
      ]),
    ).toEqual([{ killed: 2, wounded: 1 }]);
  });
});
