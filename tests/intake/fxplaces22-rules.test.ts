// Rules from the fxplaces22 round (issue 12, places and one date): towns the gazetteer knew only by
// another spelling (Qalaat Saleh, al-Qouriyeh) or not at all (Ghammas); a side named as the one blamed,
// "stationed at" a spot, read as a target's post after a day told with "on"; a deed told as done
// "while they crossed" on the day of the lead that told the crossing. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { resolvePlace } from '../../src/places/resolve.js';
import { duringTheirDeed } from '../../src/intake/dates/during-lead-event.js';
import { withoutRecordSince } from '../../src/intake/roundups/record-since.js';
import { normalizeForMatch } from '../../src/text/normalize.js';
import { draftedRows } from '../support/tolls.js';

const localityOf = (sentence: string, lang: 'ar' | 'en') =>
  resolvePlace(sentence, lang)?.locality?.en ?? null;
const governorateOf = (sentence: string, lang: 'ar' | 'en') =>
  resolvePlace(sentence, lang)?.governorate?.en ?? null;

describe('spellings the gazetteer now knows', () => {
  it('places Qalaat Saleh in Maysan', () => {
    expect(governorateOf('A roadside bomb wounded two policemen outside Qalaat Saleh on Friday.', 'en')).toBe(
      'Maysan',
    );
  });

  it('places al-Qouriyeh and Quriyeh in Deir ez-Zor', () => {
    expect(localityOf('Shelling hit farms around al-Qouriyeh overnight.', 'en')).toBe('Quriyah');
    expect(governorateOf('Militants raided a checkpoint in Quriyeh at dawn.', 'en')).toBe('Deir ez-Zor');
  });

  it('places Ghammas (Ghamas, غماس) in Qadisiyah', () => {
    expect(governorateOf('A feud between two clans in Ghamas left four people dead.', 'en')).toBe(
      'Qadisiyah',
    );
    expect(governorateOf('قتل شرطي بنيران مسلحين مجهولين في ناحية غماس فجر اليوم.', 'ar')).toBe('Qadisiyah');
  });

  it('does not read "انغماسي" as the town', () => {
    expect(resolvePlace('فجر انغماسي حزامه الناسف وسط الحشد.', 'ar')).toBeNull();
  });
});

describe('the post of a side named as the one blamed is no target of the blow', () => {
  it('passes over a blamed side\'s post after a day told with "on"', () => {
    expect(
      resolvePlace(
        'Villagers said a gunman killed a farmer late on Friday, blaming militiamen stationed at the nearby Kuweires airbase.',
        'en',
      ),
    ).toBeNull();
  });

  it('still places a blow at the post of the side it was aimed at', () => {
    expect(
      governorateOf('Rockets were fired on Thursday at troops stationed at Kuweires airbase.', 'en'),
    ).toBe('Aleppo');
  });
});

describe("a deed told as done during the deed the lead told is of the lead's day", () => {
  it('reads "أثناء عبورها", "خلال خروجهم", "as they were leaving" and not one man\'s errand', () => {
    expect(duringTheirDeed(normalizeForMatch('أطلق مسلح النار على النازحين أثناء عبورهم الجسر'))).toBe(true);
    expect(duringTheirDeed(normalizeForMatch('قتل رجل خلال خروجهم من البلدة'))).toBe(true);
    expect(duringTheirDeed('a sniper shot two women as they were leaving the camp')).toBe(true);
    expect(duringTheirDeed(normalizeForMatch('قتل موظف أثناء توجهه إلى عمله'))).toBe(false);
    expect(duringTheirDeed(normalizeForMatch('قتل شخصان خلال الأسبوع الماضي'))).toBe(false);
  });

  it('dates the sniper killing by the evacuation day the lead told', () => {
    const rows = draftedRows(
      [
        'خروج مئات المدنيين من داريا',
        'غادر نحو 500 مدني بلدة داريا المحاصرة في ريف دمشق، أمس الخميس 10 نيسان، برعاية الأمم المتحدة.',
        'وقال ناشط إن قناصاً أطلق النار على الحافلات أثناء خروجها من البلدة، ما أدى إلى مقتل رجل وإصابة ثلاثة آخرين.',
      ].join('\n\n'),
      '2014-04-11',
    );
    expect(rows).toEqual([
      { from: '2014-04-10', to: '2014-04-10', governorate: 'Rif Dimashq', killed: 1, wounded: 3 },
    ]);
  });
});

describe('a record\'s "since" is no span the toll is summed over', () => {
  it('blanks "levels unseen since", "not seen since", "لم تشهدها … منذ" and keeps offsets', () => {
    const en = 'killing nine people, a surge that pushed attacks to levels not seen since 2010';
    expect(withoutRecordSince(en)).toHaveLength(en.length);
    expect(withoutRecordSince(en)).not.toContain('2010');
    expect(withoutRecordSince(normalizeForMatch('في موجة عنف لم تشهدها المدينة منذ عام 2006'))).not.toContain(
      '2006',
    );
    expect(withoutRecordSince('more than 900 people have been killed since 2014')).toContain('since 2014');
  });

  it("keeps the day's car bomb an incident", () => {
    const rows = draftedRows(
      [
        'Car bomb kills nine in Kut',
        'A car bomb exploded near a bus station in Kut on Tuesday, killing nine people, police said, the latest in a wave of violence that has pushed attacks to levels unseen since 2007.',
      ].join('\n\n'),
      '2013-05-15',
      'en',
    );
    expect(rows).toEqual([
      { from: '2013-05-14', to: '2013-05-14', governorate: 'Wasit', killed: 9, wounded: null },
    ]);
  });
});
