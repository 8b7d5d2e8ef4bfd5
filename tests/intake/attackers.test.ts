import { describe, expect, it } from 'vitest';
import { Incident } from '../../src/content/schema.js';
import { renderIncident } from '../../src/briefing/incidents.js';
import { ar } from '../../src/i18n/ar.js';
import { en } from '../../src/i18n/en.js';
import { draftIncidentLines } from '../../src/intake/drafts/draft-incidents.js';
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

describe('attackers killed shown to the editor and the reader', () => {
  it.each([
    [0, 'لا قتلى من المهاجمين', 'no attackers killed'],
    [1, 'قتيل واحد من المهاجمين', '1 attacker killed'],
    [2, 'قتيلان من المهاجمين', '2 attackers killed'],
    [7, '7 قتلى من المهاجمين', '7 attackers killed'],
    [23, '23 قتيلاً من المهاجمين', '23 attackers killed'],
    [100, '100 قتيل من المهاجمين', '100 attackers killed'],
    [{ low: 4, high: 6 }, 'بين 4 و6 قتلى من المهاجمين', '4–6 attackers killed'],
    [{ low: 0, high: 2 }, 'حتى قتيلين من المهاجمين', 'up to 2 attackers killed'],
  ] as const)('%j: every Arabic plural form, and English', (count, arabic, english) => {
    expect(ar.attackersKilled(count)).toBe(arabic);
    expect(en.attackersKilled(count)).toBe(english);
  });

  const raid = Incident.parse({
    id: '1-diyala',
    date: { from: '2023-03-11', to: '2023-03-11', precision: 'day' as const },
    place: {
      country: 'IQ',
      governorate: { ar: 'ديالى', en: 'Diyala' },
      district: null,
      locality: null,
      precision: 'governorate' as const,
    },
    actors: [],
    event: { type: 'battles' as const, subType: 'armed_clash' as const },
    target: null,
    killed: 4,
    wounded: 3,
    attackersKilled: 2,
    description: { en: 'An attack on a checkpoint.' },
  }) as Incident;

  it('the incident block (the /incidents view and the Telegram draft view) gives them after the victims', () => {
    expect(renderIncident(raid, 1, 'en')).toContain('4 killed, 3 wounded; 2 attackers killed');
    expect(renderIncident(raid, 1, 'ar')).toContain('4 قتلى، 3 جرحى؛ قتيلان من المهاجمين');
    const { attackersKilled: _, ...victimsOnly } = raid;
    expect(renderIncident(victimsOnly, 1, 'en')).not.toContain('attacker');
  });

  it('the drafts listing gives each incident its casualties, attackers apart, in the chosen language', () => {
    expect(draftIncidentLines({ incidents: [raid] }, 'en')).toEqual([
      '1. 11 March 2023 · Diyala · 4 killed, 3 wounded; 2 attackers killed',
    ]);
    expect(draftIncidentLines({ incidents: [raid] }, 'ar')[0]).toContain(
      'ديالى · 4 قتلى، 3 جرحى؛ قتيلان من المهاجمين',
    );
  });
});
