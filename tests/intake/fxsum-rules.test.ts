// Rules from the fxsum round (issue 12, a lead that sums a roundup's items drafted as one more
// incident): a total told of a city and its countryside, one told by its side of a city, and an item
// the gazetteer placed nowhere; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingestedParagraphs } from '../support/tolls.js';

describe('a total told of Damascus and its countryside sums the items of both governorates', () => {
  it('"مقتل سبعة أشخاص اليوم في دمشق وريفها", then four in Harasta and three in Barzeh: two incidents', () => {
    expect(
      ingestedParagraphs(
        [
          'حصيلة يوم دام في العاصمة وريفها',
          'وثقت مصادر محلية مقتل سبعة أشخاص اليوم الثلاثاء في دمشق وريفها.',
          'ففي مدينة حرستا، قتل أربعة مدنيين بقصف مدفعي على الأحياء السكنية.',
          'وفي حي برزة بدمشق، قتل ثلاثة أشخاص بانفجار عبوة ناسفة.',
        ],
        '2024-03-12',
      ),
    ).toEqual([
      { from: '2024-03-12', to: '2024-03-12', governorate: 'Rif Dimashq', killed: 4, wounded: null },
      { from: '2024-03-12', to: '2024-03-12', governorate: 'Damascus', killed: 3, wounded: null },
    ]);
  });

  it('"Five … killed and six wounded in separate incidents in Damascus and its countryside": the items only', () => {
    expect(
      ingestedParagraphs(
        [
          'Five dead in a day of violence around the capital',
          'Five people were killed and six wounded in separate incidents in Damascus and its countryside on Monday, local sources said.',
          'In Douma, a mortar shell killed three civilians and wounded four.',
          'In the Barzeh district of Damascus, a roadside bomb killed two people and wounded two more.',
        ],
        '2024-03-12',
      ),
    ).toEqual([
      { from: '2024-03-11', to: '2024-03-11', governorate: 'Rif Dimashq', killed: 3, wounded: 4 },
      { from: '2024-03-11', to: '2024-03-11', governorate: 'Damascus', killed: 2, wounded: 2 },
    ]);
  });
});

describe('a total told only by its side of a city sums items in the governorates beyond it', () => {
  it('"killed at least 12 militants … north of Baghdad over three days", then seven and five: two incidents', () => {
    expect(
      ingestedParagraphs(
        [
          'Jets pound militant hideouts',
          'Iraqi jets killed at least 12 militants in strikes on hideouts north of Baghdad over three days, the military said on Thursday.',
          'On Tuesday, jets struck a cave near Tuz Khurmatu, killing seven militants, the statement said.',
          'On Wednesday, a second raid hit a farmhouse near Samarra, killing five more.',
        ],
        '2024-03-14',
      ),
    ).toEqual([
      { from: '2024-03-12', to: '2024-03-12', governorate: 'Salahuddin', killed: 7, wounded: null },
      { from: '2024-03-13', to: '2024-03-13', governorate: 'Salahuddin', killed: 5, wounded: null },
    ]);
  });
});

describe('an item the gazetteer places nowhere is one a placed total sums, and lies where it does', () => {
  it('"killed five people overnight in Idlib province", then three in Saraqib and two "on a road near the border"', () => {
    expect(
      ingestedParagraphs(
        [
          'Drone strikes kill five overnight: monitor',
          'Drone strikes killed five people overnight in Idlib province, a war monitor said on Thursday.',
          'One strike hit a house in Saraqib, killing three members of one family.',
          'A separate strike hit a fuel truck on a road near the border crossing, killing its two drivers, the monitor added.',
        ],
        '2024-03-14',
      ),
    ).toEqual([
      { from: '2024-03-13', to: '2024-03-14', governorate: 'Idlib', killed: 3, wounded: null },
      { from: '2024-03-13', to: '2024-03-14', governorate: 'Idlib', killed: 2, wounded: null },
    ]);
  });
});
