import { describe, expect, it } from 'vitest';
import { stateForceOf } from '../../src/intake/actors/actor-table.js';
import { extracted } from '../support/tolls.js';

describe("an unqualified state force is the place's country's", () => {
  it('maps the police, the army and security forces by country; others stay', () => {
    expect(stateForceOf('iraqi_police', 'SY')).toBe('syrian_police');
    expect(stateForceOf('iraqi_security_forces', 'SY')).toBe('syrian_security_forces');
    expect(stateForceOf('iraqi_army', 'SY')).toBe('syrian_army');
    expect(stateForceOf('iraqi_police', 'IQ')).toBe('iraqi_police');
    expect(stateForceOf('sdf', 'SY')).toBe('sdf');
  });

  it('a policeman killed in Daraa is a Syrian policeman, one in Kirkuk an Iraqi', () => {
    const [syria] = extracted(['قتل شرطي بانفجار عبوة ناسفة في مدينة درعا، أمس الأحد.'], 'ar', '2021-03-08');
    expect(syria?.targets).toEqual(['syrian_police']);
    const [iraq] = extracted(['قتل شرطي بانفجار عبوة ناسفة في مدينة كركوك، أمس الأحد.'], 'ar', '2021-03-08');
    expect(iraq?.targets).toEqual(['iraqi_police']);
  });

  it('in English too, and security forces named as Syrian stay Syrian', () => {
    const [police] = extracted(
      ['A police officer was killed when a roadside bomb hit his car in Jasim, Daraa province, on Sunday.'],
      'en',
      '2021-03-08',
    );
    expect(police?.targets).toEqual(['syrian_police']);
    const [named] = extracted(
      [
        'Gunmen attacked a checkpoint of the Syrian security forces in Jasim, Daraa province, on Sunday, killing two.',
      ],
      'en',
      '2021-03-08',
    );
    expect(named?.targets).toEqual(['syrian_security_forces']);
  });
});
