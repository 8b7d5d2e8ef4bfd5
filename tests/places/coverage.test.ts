import { describe, expect, it } from 'vitest';
import { gazetteerEntries } from '../../src/places/gazetteer.js';
import { resolvePlace } from '../../src/places/resolve.js';

/**
 * Issue 12's places point, checked against the gazetteer with the spellings real articles use:
 * every governorate of Iraq and Syria, a sample of districts of each, "north of Kirkuk", and names
 * the gazetteer does not know.
 */

type Governorate = readonly [canonical: string, english: readonly string[], arabic: readonly string[]];

const IRAQ: readonly Governorate[] = [
  ['Baghdad', ['Baghdad'], ['بغداد']],
  ['Anbar', ['Anbar', 'al-Anbar', 'Al Anbar'], ['الأنبار', 'الانبار']],
  ['Nineveh', ['Nineveh', 'Ninawa', 'Ninewa'], ['نينوى', 'نينوا']],
  ['Kirkuk', ['Kirkuk', 'Kerkuk'], ['كركوك']],
  ['Salahuddin', ['Salahuddin', 'Salah al-Din', 'Salah ad-Din', 'Saladin'], ['صلاح الدين']],
  ['Diyala', ['Diyala'], ['ديالى']],
  ['Babil', ['Babil', 'Babylon'], ['بابل']],
  ['Basra', ['Basra', 'Basrah'], ['البصرة']],
  ['Erbil', ['Erbil', 'Arbil', 'Irbil', 'Hawler'], ['أربيل', 'اربيل', 'هولير']],
  ['Duhok', ['Duhok', 'Dohuk', 'Dahuk'], ['دهوك']],
  ['Sulaymaniyah', ['Sulaymaniyah', 'Sulaimaniyah', 'Suleimaniya', 'Slemani'], ['السليمانية']],
  ['Halabja', ['Halabja'], ['حلبجة']],
  ['Najaf', ['Najaf'], ['النجف']],
  ['Karbala', ['Karbala', 'Kerbala'], ['كربلاء']],
  ['Wasit', ['Wasit'], ['واسط']],
  ['Maysan', ['Maysan', 'Misan'], ['ميسان']],
  ['Dhi Qar', ['Dhi Qar', 'Thi Qar'], ['ذي قار']],
  ['Muthanna', ['Muthanna'], ['المثنى']],
  ['Qadisiyah', ['Qadisiyah', 'Qadisiya'], ['القادسية']],
];

const SYRIA: readonly Governorate[] = [
  ['Damascus', ['Damascus'], ['دمشق']],
  ['Rif Dimashq', ['Rif Dimashq', 'Rural Damascus', 'Reef Damascus', 'Damascus countryside'], ['ريف دمشق']],
  ['Aleppo', ['Aleppo'], ['حلب']],
  ['Homs', ['Homs'], ['حمص']],
  ['Hama', ['Hama'], ['حماة', 'حماه']],
  ['Latakia', ['Latakia', 'Lattakia'], ['اللاذقية']],
  ['Tartus', ['Tartus', 'Tartous'], ['طرطوس']],
  ['Idlib', ['Idlib', 'Idleb'], ['إدلب', 'ادلب']],
  ['Raqqa', ['Raqqa', 'Raqqah'], ['الرقة']],
  [
    'Deir ez-Zor',
    ['Deir ez-Zor', 'Deir Ezzor', 'Dayr az Zawr', 'Dayr az-Zawr', 'Deir al-Zour', 'Deir ez Zor'],
    ['دير الزور', 'ديرالزور'],
  ],
  ['Hasakah', ['Al-Hasakah', 'Hasaka', 'Hasakah', 'Hassakeh'], ['الحسكة']],
  ['Daraa', ['Daraa', 'Deraa', "Dara'a"], ['درعا']],
  ['Suwayda', ['As-Suwayda', 'Sweida', 'Suwayda'], ['السويداء', 'السويدا']],
  ['Quneitra', ['Quneitra'], ['القنيطرة']],
];

const englishSentence = (name: string): string =>
  `Gunmen attacked a checkpoint in ${name} on Monday, killing two.`;
const arabicSentence = (place: string): string => `هاجم مسلحون نقطة تفتيش ${place} يوم الاثنين وقتلوا اثنين.`;

/** The English spelling with the article in front, or without it when it has one. */
function otherArticleForm(name: string): string {
  const bare = /^(al|as|ad|ar|an|at|az|el)[- ](.+)$/i.exec(name);
  return bare === null ? `al-${name}` : bare[2]!;
}

describe.each([
  ['Iraq', 'IQ', IRAQ],
  ['Syria', 'SY', SYRIA],
] as const)('every governorate of %s', (_, country, governorates) => {
  it('is in this list, and only once', () => {
    const inGazetteer = gazetteerEntries()
      .filter((e) => e.kind === 'governorate' && e.country === country)
      .map((e) => e.names.en[0]);
    expect(governorates.map(([canonical]) => canonical).sort()).toEqual([...inGazetteer].sort());
  });

  describe.each(governorates)('%s', (canonical, english, arabic) => {
    it.each(english)('resolves from English "%s", with and without the article', (name) => {
      for (const written of [name, otherArticleForm(name)]) {
        const place = resolvePlace(englishSentence(written), 'en');
        expect(place?.governorate?.en, written).toBe(canonical);
        expect(place?.country, written).toBe(country);
        expect(place?.precision, written).toBe('governorate');
      }
    });

    it.each(arabic)('resolves from Arabic "%s", alone and with a preposition glued on', (name) => {
      const glued = name.startsWith('ال') ? `بال${name.slice(2)}` : `ب${name}`;
      for (const written of [`في ${name}`, `في محافظة ${name}`, glued, `وفي ${name}`]) {
        const place = resolvePlace(arabicSentence(written), 'ar');
        expect(place?.governorate?.en, written).toBe(canonical);
        expect(place?.precision, written).toBe('governorate');
      }
    });
  });
});

/** [governorate, district (canonical English), English spelling, Arabic spelling]. */
const DISTRICTS: readonly (readonly [string, string, string, string])[] = [
  ['Baghdad', 'Abu Ghraib', 'Abu Ghraib', 'أبو غريب'],
  ['Baghdad', 'Mahmudiya', 'Mahmudiyah', 'المحمودية'],
  ['Baghdad', 'Tarmiyah', 'Tarmiya', 'الطارمية'],
  ['Anbar', 'Fallujah', 'Falluja', 'الفلوجة'],
  ['Anbar', 'Ramadi', 'Ramadi', 'الرمادي'],
  ['Anbar', 'Rutba', 'Rutbah', 'الرطبة'],
  ['Anbar', 'al-Qaim', 'al-Qaim', 'القائم'],
  ['Nineveh', 'Mosul', 'Mosul', 'الموصل'],
  ['Nineveh', 'Tal Afar', 'Tal Afar', 'تلعفر'],
  ['Nineveh', 'Sinjar', 'Sinjar', 'سنجار'],
  ['Nineveh', 'Hamdaniya', 'Hamdaniya', 'الحمدانية'],
  ['Nineveh', 'Makhmur', 'Makhmour', 'مخمور'],
  ['Kirkuk', 'Hawija', 'Hawija', 'الحويجة'],
  ['Kirkuk', 'Daquq', 'Daquq', 'داقوق'],
  ['Kirkuk', 'Dibis', 'Dibis', 'الدبس'],
  ['Salahuddin', 'Tikrit', 'Tikrit', 'تكريت'],
  ['Salahuddin', 'Samarra', 'Samarra', 'سامراء'],
  ['Salahuddin', 'Baiji', 'Beiji', 'بيجي'],
  ['Salahuddin', 'Tuz Khurmatu', 'Tuz Khurmatu', 'طوز خورماتو'],
  ['Diyala', 'Baqubah', 'Baquba', 'بعقوبة'],
  ['Diyala', 'Baqubah', 'Baaquba', 'بعقوبه'],
  ['Diyala', 'Muqdadiyah', 'Muqdadiya', 'المقدادية'],
  ['Diyala', 'Khanaqin', 'Khanaqin', 'خانقين'],
  ['Babil', 'Hilla', 'Hillah', 'الحلة'],
  ['Babil', 'Musayyib', 'Musayyib', 'المسيب'],
  ['Basra', 'Zubair', 'Zubayr', 'الزبير'],
  ['Basra', 'Qurna', 'Qurna', 'القرنة'],
  ['Basra', 'Fao', 'Faw', 'الفاو'],
  ['Erbil', 'Soran', 'Soran', 'سوران'],
  ['Erbil', 'Koya', 'Koysinjaq', 'كويسنجق'],
  ['Duhok', 'Zakho', 'Zakho', 'زاخو'],
  ['Duhok', 'Amedi', 'Amadiya', 'العمادية'],
  ['Duhok', 'Sumel', 'Simele', 'سميل'],
  ['Sulaymaniyah', 'Chamchamal', 'Chamchamal', 'جمجمال'],
  ['Sulaymaniyah', 'Kalar', 'Kalar', 'كلار'],
  ['Sulaymaniyah', 'Penjwin', 'Penjwin', 'بنجوين'],
  ['Najaf', 'Kufa', 'Kufa', 'الكوفة'],
  ['Najaf', 'Manathera', 'Manathera', 'المناذرة'],
  ['Karbala', 'Ain al-Tamr', 'Ain al-Tamr', 'عين التمر'],
  // الهندية (Indian) and الشامية (Levantine) are ordinary words: only with their designator.
  ['Karbala', 'Hindiya', 'Hindiya', 'قضاء الهندية'],
  ['Wasit', 'Kut', 'Kut', 'الكوت'],
  ['Wasit', 'Suwaira', 'Suwaira', 'الصويرة'],
  ['Wasit', 'Badra', 'Badra', 'بدرة'],
  ['Maysan', 'Amarah', 'Amarah', 'العمارة'],
  ['Maysan', 'Ali al-Gharbi', 'Ali al-Gharbi', 'علي الغربي'],
  ['Maysan', 'Majar al-Kabir', 'Majar al-Kabir', 'المجر الكبير'],
  ['Dhi Qar', 'Nasiriyah', 'Nasiriya', 'الناصرية'],
  ['Dhi Qar', 'Shatra', 'Shatra', 'الشطرة'],
  ['Dhi Qar', 'Chibayish', 'Chibayish', 'الجبايش'],
  ['Muthanna', 'Samawah', 'Samawa', 'السماوة'],
  ['Muthanna', 'Rumaitha', 'Rumaitha', 'الرميثة'],
  ['Qadisiyah', 'Afak', 'Afak', 'عفك'],
  ['Qadisiyah', 'al-Shamiya', 'al-Shamiya', 'قضاء الشامية'],
  ['Rif Dimashq', 'Douma', 'Douma', 'دوما'],
  ['Rif Dimashq', 'Zabadani', 'Zabadani', 'الزبداني'],
  ['Rif Dimashq', 'Darayya', 'Daraya', 'داريا'],
  ['Rif Dimashq', 'Yabroud', 'Yabrud', 'يبرود'],
  ['Rif Dimashq', 'Qatana', 'Qatana', 'قطنا'],
  ['Aleppo', 'Manbij', 'Manbij', 'منبج'],
  ['Aleppo', 'Afrin', 'Afrin', 'عفرين'],
  ['Aleppo', 'Azaz', 'Azaz', 'أعزاز'],
  ['Aleppo', 'al-Bab', 'al-Bab', 'الباب'],
  ['Aleppo', 'Jarabulus', 'Jarablus', 'جرابلس'],
  ['Aleppo', 'Kobani', 'Kobane', 'عين العرب'],
  ['Homs', 'Palmyra', 'Palmyra', 'تدمر'],
  ['Homs', 'Qusayr', 'Qusayr', 'القصير'],
  ['Homs', 'Rastan', 'Rastan', 'الرستن'],
  ['Homs', 'Talkalakh', 'Tal Kalakh', 'تلكلخ'],
  ['Hama', 'Masyaf', 'Masyaf', 'مصياف'],
  ['Hama', 'Salamiyah', 'Salamiyeh', 'السلمية'],
  ['Hama', 'Mahardah', 'Mhardeh', 'محردة'],
  ['Latakia', 'Jableh', 'Jableh', 'جبلة'],
  ['Latakia', 'Qardaha', 'Qardaha', 'القرداحة'],
  ['Latakia', 'Haffah', 'Haffah', 'الحفة'],
  ['Tartus', 'Baniyas', 'Banias', 'بانياس'],
  ['Tartus', 'Safita', 'Safita', 'صافيتا'],
  ['Idlib', 'Maarrat al-Numan', 'Maarat al-Numan', 'معرة النعمان'],
  ['Idlib', 'Maarrat al-Numan', "Ma'arat al-Nu'man", 'معره النعمان'],
  ['Idlib', 'Jisr al-Shughur', 'Jisr al-Shughur', 'جسر الشغور'],
  ['Idlib', 'Jisr al-Shughur', 'Jisr al-Shugour', 'جسر الشغور'],
  ['Idlib', 'Ariha', 'Ariha', 'أريحا'],
  ['Idlib', 'Harem', 'Harem', 'حارم'],
  ['Raqqa', 'Tabqa', 'Tabqa', 'الطبقة'],
  ['Raqqa', 'Tal Abyad', 'Tell Abyad', 'تل أبيض'],
  ['Deir ez-Zor', 'al-Mayadin', 'al-Mayadin', 'الميادين'],
  ['Deir ez-Zor', 'Albu Kamal', 'Abu Kamal', 'البوكمال'],
  ['Hasakah', 'Qamishli', 'Qamishli', 'القامشلي'],
  ['Hasakah', 'Ras al-Ayn', 'Ras al-Ain', 'رأس العين'],
  ['Hasakah', 'Malikiyah', 'al-Malikiyah', 'المالكية'],
  ['Daraa', 'Izra', 'Izra', 'إزرع'],
  ['Daraa', 'Sanamayn', 'al-Sanamayn', 'الصنمين'],
  ['Suwayda', 'Salkhad', 'Salkhad', 'صلخد'],
  ['Suwayda', 'Shahba', 'Shahba', 'شهبا'],
  ['Quneitra', 'Fiq', 'Fiq', 'فيق'],
];

describe('districts resolve to their governorate', () => {
  it('samples every governorate that has a district besides its capital', () => {
    const sampled = new Set(DISTRICTS.map(([governorate]) => governorate));
    const entries = gazetteerEntries();
    for (const g of entries.filter((e) => e.kind === 'governorate')) {
      const others = entries.filter((e) => e.kind === 'district' && e.parent === g.id && e.id !== g.capital);
      if (others.length > 0) expect(sampled.has(g.names.en[0]!), g.id).toBe(true);
    }
  });

  it.each(DISTRICTS)('%s: %s from "%s" and "%s"', (governorate, district, english, arabic) => {
    const en = resolvePlace(englishSentence(english), 'en');
    expect(en?.governorate?.en).toBe(governorate);
    expect(en?.district?.en).toBe(district);
    expect(en?.precision).toBe('district');
    const ar = resolvePlace(arabicSentence(`في ${arabic}`), 'ar');
    expect(ar?.governorate?.en).toBe(governorate);
    expect(ar?.district?.en).toBe(district);
    expect(ar?.precision).toBe('district');
  });

  it('resolves every district by its canonical names to itself', () => {
    const entries = gazetteerEntries();
    const byId = new Map(entries.map((e) => [e.id, e]));
    const wrong: string[] = [];
    for (const d of entries.filter((e) => e.kind === 'district')) {
      const governorate = byId.get(d.parent ?? '')!;
      const sharesName = governorate.capital === d.id;
      for (const [lang, sentence] of [
        ['en', englishSentence(d.names.en[0]!)],
        ['ar', arabicSentence(`في ${d.names.ar[0]!}`)],
      ] as const) {
        if ((d.displayOnly ?? []).includes(lang === 'en' ? d.names.en[0]! : d.names.ar[0]!)) continue;
        const place = resolvePlace(sentence, lang);
        const ok =
          place?.governorate?.en === governorate.names.en[0] &&
          (place?.district?.en === d.names.en[0] || (sharesName && place?.district === null));
        if (!ok) wrong.push(`${d.id} (${lang}): ${JSON.stringify(place)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('"north of Kirkuk": near the place, not the place itself', () => {
  it.each([
    ['A roadside bomb exploded north of Kirkuk, killing a soldier.', 'en', 'north of Kirkuk'],
    ['Gunmen attacked a village 20 km north of Kirkuk.', 'en', 'village 20 km north of Kirkuk'],
    ['انفجرت عبوة ناسفة شمال كركوك وقتلت جنديا.', 'ar', 'شمال كركوك'],
    ['انفجرت عبوة ناسفة شمالي كركوك وقتلت جنديا.', 'ar', 'شمالي كركوك'],
  ] as const)('%s', (sentence, lang, locality) => {
    const place = resolvePlace(sentence, lang);
    expect(place).toMatchObject({
      governorate: { en: 'Kirkuk' },
      district: null,
      precision: 'locality',
      locality: { [lang]: locality },
    });
  });

  it('is the governorate itself with "in"', () => {
    expect(resolvePlace('A roadside bomb exploded in Kirkuk.', 'en')).toMatchObject({
      governorate: { en: 'Kirkuk' },
      locality: null,
      precision: 'governorate',
    });
  });
});

describe('a place the gazetteer does not know', () => {
  it.each([
    ['Clashes broke out in Zarqawiyat on Monday.', 'en'],
    ['Clashes broke out in the village of Umm Tuwaynat on Monday.', 'en'],
    ['اندلعت اشتباكات في قرية الزرقاويات يوم الاثنين.', 'ar'],
    // Names that begin like a known place: Kirkuk, Mosul, Ramadi, Tikrit, Homs, Hama, Aleppo, Raqqa.
    ['Clashes broke out in Kirkukiya on Monday.', 'en'],
    ['Clashes broke out in Mosuliyeh village on Monday.', 'en'],
    ['Clashes broke out in Ramadiyat on Monday.', 'en'],
    ['Clashes broke out in Tikritiya on Monday.', 'en'],
    ['Clashes broke out in Homsiyeh on Monday.', 'en'],
    ['Clashes broke out in Hamadiyeh on Monday.', 'en'],
    ['اندلعت اشتباكات في الموصلية يوم الاثنين.', 'ar'],
    ['اندلعت اشتباكات في كركوكلي يوم الاثنين.', 'ar'],
    ['اندلعت اشتباكات في حمصية يوم الاثنين.', 'ar'],
    ['اندلعت اشتباكات في حلبية يوم الاثنين.', 'ar'],
    ['اندلعت اشتباكات في الرقيات يوم الاثنين.', 'ar'],
    // Multi-word names whose first word begins known ones (Tal Afar, Ain Issa, Deir Hafir, Kafr Nabl…).
    ...['Tal', 'Tell', 'Ain', 'Deir', 'Kafr', 'Khan', 'Abu', 'Jisr', 'Ras', 'Suq', 'New'].map(
      (first) => [`Clashes broke out in ${first} Zarqawiyat on Monday.`, 'en'] as const,
    ),
    ...['تل', 'عين', 'دير', 'كفر', 'خان', 'أبو', 'جسر', 'رأس', 'سوق', 'قرية'].map(
      (first) => [`اندلعت اشتباكات في ${first} الزرقاويات يوم الاثنين.`, 'ar'] as const,
    ),
    // Places outside Iraq and Syria.
    ['Clashes broke out in Amman and Beirut on Monday.', 'en'],
    ['اندلعت اشتباكات في عمان وبيروت يوم الاثنين.', 'ar'],
  ] as const)('is never forced onto a known one: %s', (sentence, lang) => {
    expect(resolvePlace(sentence, lang)).toBeNull();
  });

  it.each([
    [
      'Clashes broke out in the village of Zarqawiyat near Kirkuk.',
      'en',
      'village of Zarqawiyat near Kirkuk',
    ],
    [
      'Clashes broke out in the village of Tal Zarqa al-Kabir north of Kirkuk.',
      'en',
      'village of Tal Zarqa al-Kabir north of Kirkuk',
    ],
    ['اندلعت اشتباكات في قرية الزرقاويات قرب كركوك.', 'ar', 'قرية الزرقاويات قرب كركوك'],
  ] as const)('is kept as text beside a known one: %s', (sentence, lang, locality) => {
    expect(resolvePlace(sentence, lang)).toMatchObject({
      governorate: { en: 'Kirkuk' },
      district: null,
      locality: { [lang]: locality },
      precision: 'locality',
      text: locality,
    });
  });

  it('"Reef Damascus" is Rif Dimashq, never the city it begins with', () => {
    expect(resolvePlace('Shelling hit towns in Reef Damascus.', 'en')?.governorate?.en).toBe('Rif Dimashq');
    expect(resolvePlace('Shelling hit towns in Damascus Rural.', 'en')?.governorate?.en).toBe('Rif Dimashq');
  });
});

describe('towns and neighbourhoods reports name', () => {
  it.each([
    ['A car bomb exploded in Karrada, killing five.', 'en', 'Baghdad', 'Rusafa', 'Karrada'],
    ['انفجرت سيارة مفخخة في حي المنصور.', 'ar', 'Baghdad', 'Karkh', 'Mansour'],
    ['انفجرت عبوة في منطقة الشعلة.', 'ar', 'Baghdad', 'Kadhimiya', 'Shula'],
    ['Gunmen attacked a church in Alqosh.', 'en', 'Nineveh', 'Tel Kaif', 'Alqosh'],
    ['Gunmen attacked a checkpoint near Tal Kaif.', 'en', 'Nineveh', 'Tel Kaif', null],
    ['Shelling hit Maaloula on Sunday.', 'en', 'Rif Dimashq', 'Qutayfah', 'Maaloula'],
    ['قصف على بلدة عربين فجر اليوم.', 'ar', 'Rif Dimashq', 'Markaz Rif Dimashq', 'Arbin'],
    ['Clashes broke out in Tal Brak.', 'en', 'Hasakah', 'Hasakah', 'Tal Brak'],
  ] as const)('%s', (sentence, lang, governorate, district, locality) => {
    const place = resolvePlace(sentence, lang);
    expect(place?.governorate?.en).toBe(governorate);
    expect(place?.district?.en).toBe(district);
    if (locality !== null) expect(place?.locality?.en).toBe(locality);
  });

  it.each([
    ['Mansour said the talks would resume.', 'en'],
    ['طالب المحتجون بالحرية والكرامة.', 'ar'],
    ['رفعوا الشعلة في الملعب.', 'ar'],
  ] as const)('a neighbourhood that is also a word or a name needs its cue: %s', (sentence, lang) => {
    expect(resolvePlace(sentence, lang)).toBeNull();
  });
});
