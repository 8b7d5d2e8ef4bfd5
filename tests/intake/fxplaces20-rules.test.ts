// Rules from the fxplaces20 round (issue 12, places and dates): the southern Aleppo countryside's towns
// (al-Hader, no Hadar of Quneitra; Khan Tuman; al-Zarbah; al-Eis) and Jassan (Wasit) in the gazetteer;
// an onset told inside a superlative that ranks the blow is no span it sums; the deed's day told in the
// clause that also says some of the wounded died since; on sentences written for them.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { onlyWoundedSinceDied } from '../../src/intake/tolls/wounded-died/counted-in-lead.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

describe('towns of the southern Aleppo countryside', () => {
  it('al-Hader / Al-Hadher is Aleppo, "Hadar" still the Quneitra village', () => {
    expect(resolvePlace('Jets pounded the town of al-Hader overnight.', 'en')?.governorate?.en).toBe(
      'Aleppo',
    );
    expect(resolvePlace('Two fighters died in clashes near Al-Hadher.', 'en')?.governorate?.en).toBe(
      'Aleppo',
    );
    expect(
      resolvePlace('Shells fell on the village of Hadar, near the Golan frontier.', 'en')?.governorate?.en,
    ).toBe('Quneitra');
  });

  it('"بلدة الحاضر" with a cue is Aleppo; "الوقت الحاضر" is no place', () => {
    expect(resolvePlace('سقطت قذائف على بلدة الحاضر مساء أمس', 'ar')?.governorate?.en).toBe('Aleppo');
    expect(resolvePlace('لا توجد خطة في الوقت الحاضر لإعادة الإعمار', 'ar')).toBeNull();
  });

  it('Khan Tuman, al-Zarbah (Zirbeh) and Tal al-Eis are Aleppo in either language', () => {
    expect(resolvePlace('Rebels shelled Khan Touman on Monday.', 'en')?.governorate?.en).toBe('Aleppo');
    expect(resolvePlace('A barrel bomb hit the village of Zirbeh.', 'en')?.governorate?.en).toBe('Aleppo');
    expect(resolvePlace('قصف مدفعي على قرية الزربة وتلة العيس', 'ar')?.governorate?.en).toBe('Aleppo');
    expect(resolvePlace('اشتباكات عنيفة في محيط خان طومان', 'ar')?.governorate?.en).toBe('Aleppo');
  });
});

describe('spellings of the wire copy', () => {
  it('Nubol / Nubul are Nubl; Mayer with a cue and Haritan (Hreitan) are Aleppo', () => {
    expect(resolvePlace('A car bomb went off outside the town of Nubol.', 'en')?.governorate?.en).toBe(
      'Aleppo',
    );
    expect(resolvePlace('Militiamen shelled the village of Mayer at dawn.', 'en')?.governorate?.en).toBe(
      'Aleppo',
    );
    expect(resolvePlace('Mayer told reporters the talks had stalled.', 'en')).toBeNull();
    expect(resolvePlace('Barrel bombs fell on Hreitan overnight.', 'en')?.governorate?.en).toBe('Aleppo');
    expect(resolvePlace('غارات على بلدة حريتان', 'ar')?.governorate?.en).toBe('Aleppo');
  });

  it('Hebhib is Hibhib (Diyala)', () => {
    expect(resolvePlace('Gunmen killed a shepherd near Hebhib.', 'en')?.governorate?.en).toBe('Diyala');
  });
});

describe('Jassan (جصان), a subdistrict of Badra in Wasit', () => {
  it('a blow told at Jassan is Wasit', () => {
    expect(resolvePlace('أصيب شرطيان بانفجار عبوة في ناحية جصان', 'ar')?.governorate?.en).toBe('Wasit');
    expect(resolvePlace('A roadside bomb wounded a farmer in Jassan.', 'en')?.governorate?.en).toBe('Wasit');
  });
});

describe('an onset inside a superlative that ranks the blow', () => {
  it('"في واحدة من أعنف الهجمات منذ إعلان الهدنة": the blow kept, no span from the truce', () => {
    expect(
      ingested(
        'غارات على الريف',
        [
          'قتل تسعة مدنيين بغارات جوية على سوق بلدة سراقب يوم الخميس الماضي، في واحدة من أعنف الهجمات منذ إعلان الهدنة مطلع الشهر.',
        ],
        '2020-02-18',
        'ar',
      ),
    ).toEqual([{ from: '2020-02-13', to: '2020-02-13', governorate: 'Idlib', killed: 9, wounded: null }]);
  });

  it('a toll counted since a truce was announced, with no superlative, stays a span', () => {
    expect(
      ingested(
        'حصيلة الخروقات',
        ['قتل 40 مدنياً في محافظة إدلب منذ إعلان الهدنة مطلع الشهر، بحسب ناشطين.'],
        '2020-02-18',
        'ar',
      ),
    ).toEqual([]);
  });
});

describe("the deed's day told beside the wounded who died since", () => {
  it('a risen toll, then the bombing "مساء أمس" with "أن اثنين من الجرحى توفيا": the bombing\'s day', () => {
    expect(
      ingested(
        'ارتفاع حصيلة تفجير السوق',
        [
          'أعلن مصدر في شرطة محافظة ديالى، الخميس، ارتفاع حصيلة التفجير الانتحاري الذي استهدف سوقا شعبية في قضاء الخالص إلى تسعة قتلى و14 جريحا.',
          'وقال المصدر إن "انتحاريا يحمل حزاما ناسفا فجر نفسه مساء أمس الأربعاء قرب بسطات الخضار"، مضيفا أن "اثنين من الجرحى توفيا في المستشفى".',
        ],
        '2014-05-15',
        'ar',
      ),
    ).toEqual([{ from: '2014-05-14', to: '2014-05-14', governorate: 'Diyala', killed: 9, wounded: 14 }]);
  });

  it('only the wounded who died since, fewer than the lead counted, leave the deed told again without a toll', () => {
    const told = normalizeForMatch('وأضاف أن اثنين من الجرحى توفيا في المستشفى');
    expect(onlyWoundedSinceDied(9, 2, null, told)).toBe(true);
    expect(onlyWoundedSinceDied(9, 2, 5, told)).toBe(false);
    expect(onlyWoundedSinceDied(null, 2, null, told)).toBe(false);
    expect(onlyWoundedSinceDied(9, 2, null, normalizeForMatch('وأضاف أن اثنين قتلا في الهجوم'))).toBe(false);
  });
});
