import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';

function incidents(body: string) {
  const result = ingest(`Attack in Diyala\n\n${body}`, { published: '2023-03-13' });
  if (!result.ok) throw new Error(result.error);
  return result.draft.incidents;
}

describe('attackers killed in a draft', () => {
  it('an attack that killed victims and some of its attackers: the victims are the killed, the attackers apart', () => {
    const [incident, ...rest] = incidents(
      'Gunmen attacked an army checkpoint in Diyala on Saturday, killing four soldiers. Two of the attackers were killed in the clash.',
    );
    expect(rest).toEqual([]);
    expect(incident).toMatchObject({ killed: 4, attackersKilled: 2 });
    // the generated description (the other language) says so too
    expect(incident!.description.ar ?? '').toContain('من المهاجمين');
  });

  it('a raid whose only dead are militants: they are its killed, nothing set apart', () => {
    const [incident] = incidents(
      'Iraqi security forces killed three militants in a raid on an ISIS hideout in Diyala on Saturday, the army said.',
    );
    expect(incident!.killed).toBe(3);
    expect(incident!.attackersKilled).toBeUndefined();
  });
});
