// A fight's two sides summed into its dead keep the attackers named among them, so that the briefing
// says "the dead include 12 attackers" instead of counting them twice ("15 killed; 12 attackers killed").
import { describe, expect, it } from 'vitest';
import { incidentCasualtiesText } from '../../src/briefing/incidents.js';
import { draftedIncidents } from '../support/tolls.js';

const among = (raw: string, published: string, lang?: 'ar' | 'en') =>
  draftedIncidents(raw, published, lang).map((x) => ({
    killed: x.killed,
    attackersKilled: x.attackersKilled ?? null,
    among: x.killedIncludesAttackers ?? false,
  }));

describe('attackers counted among a fight summed', () => {
  it('Arabic: the militants told first, the soldiers martyred after, summed with the militants among them', () => {
    const raw = [
      'اشتباكات قرب الشرقاط',
      '',
      'أعلنت قيادة العمليات، اليوم الأربعاء، مقتل 12 إرهابياً واستشهاد ثلاثة جنود في اشتباكات اندلعت فجر اليوم قرب قرية الحاوي في قضاء الشرقاط.',
      '',
      'وأضاف البيان أن القوات ما زالت تمشط المنطقة.',
    ].join('\n');
    expect(among(raw, '2019-03-13', 'ar')).toEqual([{ killed: 15, attackersKilled: 12, among: true }]);
    // (and the description written in the other language says so too)
    expect(draftedIncidents(raw, '2019-03-13', 'ar')[0]?.description.en).toMatch(
      /: 15 killed, the dead include 12 attackers$/,
    );
  });

  it('an attack on a post whose attackers are told beside its victims keeps them apart', () => {
    const raw = [
      'Checkpoint attacked in Diyala',
      '',
      'Gunmen attacked an army checkpoint in Diyala province late on Tuesday, killing two soldiers, and three of the attackers were killed in the exchange of fire, a police officer said.',
    ].join('\n');
    expect(among(raw, '2019-03-13', 'en')).toEqual([{ killed: 2, attackersKilled: 3, among: false }]);
  });
});

describe('the casualties line of an incident', () => {
  const summed = { killed: 15, wounded: 4, attackersKilled: 12, killedIncludesAttackers: true as const };
  it('names the attackers among the dead, not beside them', () => {
    expect(incidentCasualtiesText(summed, 'en')).toBe('15 killed, 4 wounded (the dead include 12 attackers)');
    expect(incidentCasualtiesText(summed, 'ar')).toBe('15 قتيلاً، 4 جرحى (بين القتلى 12 من المهاجمين)');
  });

  it('uses the Arabic number forms: one, two, 3–10, a range', () => {
    const line = (attackersKilled: number | { low: number; high: number }) =>
      incidentCasualtiesText(
        { killed: 20, wounded: null, attackersKilled, killedIncludesAttackers: true },
        'ar',
      );
    expect(line(1)).toBe('20 قتيلاً، عدد الجرحى غير مذكور (بين القتلى واحد من المهاجمين)');
    expect(line(2)).toBe('20 قتيلاً، عدد الجرحى غير مذكور (بين القتلى اثنان من المهاجمين)');
    expect(line(7)).toBe('20 قتيلاً، عدد الجرحى غير مذكور (بين القتلى 7 من المهاجمين)');
    expect(line({ low: 5, high: 8 })).toBe(
      '20 قتيلاً، عدد الجرحى غير مذكور (بين القتلى بين 5 و8 من المهاجمين)',
    );
  });

  it('keeps attackers told apart from the victims after them', () => {
    const apart = { killed: 2, wounded: null, attackersKilled: 3 };
    expect(incidentCasualtiesText(apart, 'en')).toBe(
      '2 killed, number wounded not stated; 3 attackers killed',
    );
  });
});
