// The places a clause names that are not where its event happened (src/intake/places/elsewhere/): blanked
// before the clause's place is read, each kind on wording written for it.
import { describe, expect, it } from 'vitest';
import { eventPlaceText } from '../../src/intake/places/elsewhere/event-place-text.js';
import { resolvePlace } from '../../src/places/resolve.js';

const governorate = (text: string, lang: 'ar' | 'en', tellsToll = false): string | undefined =>
  resolvePlace(eventPlaceText(text, { lang, resolvePlace, tellsToll }), lang)?.governorate?.en;

describe('the event’s place, less the places named for another reason', () => {
  it('keeps the same length, so offsets into the clause still hold', () => {
    const text = 'Gunmen who infiltrated from the desert attacked a checkpoint in Tikrit';
    expect(eventPlaceText(text, { lang: 'en', resolvePlace, tellsToll: false })).toHaveLength(text.length);
  });

  it('leaves out where the attackers came from and where they are posted', () => {
    expect(governorate('Gunmen who came from Hawija attacked a checkpoint', 'en')).toBe(undefined);
    expect(governorate('قصفت المجموعات المسلحة المتحصنة في مدينة دوما حي المزة في دمشق', 'ar')).toBe(
      'Damascus',
    );
  });

  it('leaves out where fire came from, where the attackers fled and where the bus was bound', () => {
    expect(governorate('Rockets fired from Idlib hit a market', 'en')).toBe(undefined);
    expect(governorate('The attackers fled towards the desert of Anbar', 'en')).toBe(undefined);
    expect(governorate('انفجرت عبوة ناسفة بحافلة متجهة إلى بغداد', 'ar')).toBe(undefined);
  });

  it('leaves out the ends of the victims’ journey and a road between two governorates', () => {
    expect(
      governorate(
        'The pilgrims were on their way from Baghdad to Karbala when the blast hit Mahmudiyah',
        'en',
      ),
    ).toBe('Baghdad');
    expect(
      governorate('The pilgrims were on their way from Basra to Karbala when the bomb went off', 'en'),
    ).toBe(undefined);
    expect(governorate('انفجرت عبوة ناسفة على الطريق الدولي الرابط بين بغداد وعمّان', 'ar')).toBe(undefined);
  });

  it('leaves out a teller’s town only where the clause tells a toll', () => {
    const told = 'A health official in Baquba put the death toll at nine';
    expect(governorate(told, 'en', true)).toBe(undefined);
    expect(governorate(told, 'en', false)).toBe('Diyala');
    expect(governorate('قتل ثلاثة مدنيين بقصف، بحسب مصدر في مجلس محافظة الأنبار', 'ar')).toBe(undefined);
  });
});
