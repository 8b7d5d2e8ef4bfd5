import { describe, expect, it } from 'vitest';
import { gazetteerEntries } from '../../src/places/gazetteer.js';

/**
 * Every district (qada' of Iraq, mantiqah of Syria) of every governorate, by one English and one
 * Arabic spelling agency copy uses. Iraq follows the OCHA/COD boundaries the gazetteer keeps
 * (Akre and Shekhan in Nineveh, Kifri in Diyala, Halabja its own governorate), and Makhmur, disputed
 * with Erbil, in Nineveh as on Baghdad's map.
 */
const DISTRICTS: Readonly<Record<string, readonly (readonly [english: string, arabic: string])[]>> = {
  'iq-baghdad': [
    ['Karkh', 'الكرخ'],
    ['Rusafa', 'الرصافة'],
    ['Adhamiya', 'الأعظمية'],
    ['Kadhimiya', 'الكاظمية'],
    ['Sadr City', 'مدينة الصدر'],
    ['New Baghdad', 'بغداد الجديدة'],
    ['Mahmudiya', 'المحمودية'],
    ['Abu Ghraib', 'أبو غريب'],
    ['Tarmiya', 'الطارمية'],
    ["Mada'in", 'المدائن'],
  ],
  'iq-anbar': [
    ['Ramadi', 'الرمادي'],
    ['Fallujah', 'الفلوجة'],
    ['Hit', 'هيت'],
    ['Haditha', 'حديثة'],
    ['Anah', 'عنة'],
    ['Rawa', 'راوة'],
    ['al-Qaim', 'القائم'],
    ['Rutba', 'الرطبة'],
  ],
  'iq-nineveh': [
    ['Mosul', 'الموصل'],
    ['Tal Afar', 'تلعفر'],
    ['Sinjar', 'سنجار'],
    ['Hamdaniya', 'الحمدانية'],
    ['Tel Kaif', 'تلكيف'],
    ['Shekhan', 'الشيخان'],
    ['Akre', 'عقرة'],
    ['Hatra', 'الحضر'],
    ['Baaj', 'البعاج'],
    ['Makhmur', 'مخمور'],
  ],
  'iq-kirkuk': [
    ['Kirkuk', 'كركوك'],
    ['Hawija', 'الحويجة'],
    ['Daquq', 'داقوق'],
    ['Dibis', 'الدبس'],
  ],
  'iq-salahuddin': [
    ['Tikrit', 'تكريت'],
    ['Samarra', 'سامراء'],
    ['Baiji', 'بيجي'],
    ['Balad', 'بلد'],
    ['Dujail', 'الدجيل'],
    ['Shirqat', 'الشرقاط'],
    ['Tuz Khurmatu', 'طوز خورماتو'],
    ['al-Daur', 'الدور'],
    ['al-Faris', 'الفارس'],
  ],
  'iq-diyala': [
    ['Baquba', 'بعقوبة'],
    ['Muqdadiya', 'المقدادية'],
    ['Khalis', 'الخالص'],
    ['Khanaqin', 'خانقين'],
    ['Baladruz', 'بلدروز'],
    ['Kifri', 'كفري'],
  ],
  'iq-babil': [
    ['Hilla', 'الحلة'],
    ['Mahawil', 'المحاويل'],
    ['Musayyib', 'المسيب'],
    ['Hashimiya', 'الهاشمية'],
  ],
  'iq-basra': [
    ['Basra', 'البصرة'],
    ['Zubair', 'الزبير'],
    ['Abu al-Khasib', 'أبو الخصيب'],
    ['Shatt al-Arab', 'شط العرب'],
    ['Fao', 'الفاو'],
    ['Qurna', 'القرنة'],
    ['Midaina', 'المدينة'],
  ],
  'iq-erbil': [
    ['Erbil', 'أربيل'],
    ['Shaqlawa', 'شقلاوة'],
    ['Soran', 'سوران'],
    ['Koya', 'كويسنجق'],
    ['Mergasur', 'ميركسور'],
    ['Choman', 'جومان'],
  ],
  'iq-duhok': [
    ['Duhok', 'دهوك'],
    ['Zakho', 'زاخو'],
    ['Amedi', 'العمادية'],
    ['Sumel', 'سميل'],
  ],
  'iq-sulaymaniyah': [
    ['Sulaymaniyah', 'السليمانية'],
    ['Chamchamal', 'جمجمال'],
    ['Darbandikhan', 'دربندخان'],
    ['Dokan', 'دوكان'],
    ['Kalar', 'كلار'],
    ['Penjwin', 'بنجوين'],
    ['Pshdar', 'بشدر'],
    ['Rania', 'رانية'],
    ['Sharbazher', 'شاربازير'],
    ['Said Sadiq', 'سيد صادق'],
  ],
  'iq-halabja': [['Halabja', 'حلبجة']],
  'iq-najaf': [
    ['Najaf', 'النجف'],
    ['Kufa', 'الكوفة'],
    ['Manathera', 'المناذرة'],
  ],
  'iq-karbala': [
    ['Karbala', 'كربلاء'],
    ['Ain al-Tamr', 'عين التمر'],
    ['Hindiya', 'الهندية'],
  ],
  'iq-wasit': [
    ['Kut', 'الكوت'],
    ['Suwaira', 'الصويرة'],
    ['Aziziya', 'العزيزية'],
    ['Numaniya', 'النعمانية'],
    ['al-Hay', 'الحي'],
    ['Badra', 'بدرة'],
  ],
  'iq-maysan': [
    ['Amarah', 'العمارة'],
    ['Ali al-Gharbi', 'علي الغربي'],
    ['Maimouna', 'الميمونة'],
    ['Qalat Saleh', 'قلعة صالح'],
    ['Majar al-Kabir', 'المجر الكبير'],
    ['Kahla', 'الكحلاء'],
  ],
  'iq-dhi-qar': [
    ['Nasiriyah', 'الناصرية'],
    ['Shatra', 'الشطرة'],
    ['Rifai', 'الرفاعي'],
    ['Suq al-Shuyukh', 'سوق الشيوخ'],
    ['Chibayish', 'الجبايش'],
  ],
  'iq-muthanna': [
    ['Samawah', 'السماوة'],
    ['Rumaitha', 'الرميثة'],
    ['al-Khidr', 'الخضر'],
    ['al-Salman', 'السلمان'],
  ],
  'iq-qadisiyah': [
    ['Diwaniyah', 'الديوانية'],
    ['Afak', 'عفك'],
    ['al-Hamza', 'الحمزة'],
    ['al-Shamiya', 'الشامية'],
  ],
  'sy-damascus': [['Damascus', 'دمشق']],
  'sy-rif-dimashq': [
    ['Markaz Rif Dimashq', 'مركز ريف دمشق'],
    ['Douma', 'دوما'],
    ['Qutayfah', 'القطيفة'],
    ['al-Tall', 'التل'],
    ['Yabroud', 'يبرود'],
    ['Nabk', 'النبك'],
    ['Qatana', 'قطنا'],
    ['Zabadani', 'الزبداني'],
    ['Darayya', 'داريا'],
    ['Qudsaya', 'قدسيا'],
  ],
  'sy-aleppo': [
    ['Mount Simeon', 'جبل سمعان'],
    ['Afrin', 'عفرين'],
    ['Azaz', 'أعزاز'],
    ['al-Bab', 'الباب'],
    ['Manbij', 'منبج'],
    ['Jarabulus', 'جرابلس'],
    ['Ayn al-Arab', 'عين العرب'],
    ['Safira', 'السفيرة'],
    ['Deir Hafer', 'دير حافر'],
    ['Atarib', 'الأتارب'],
  ],
  'sy-homs': [
    ['Homs', 'حمص'],
    ['Mukharram', 'المخرم'],
    ['Qusayr', 'القصير'],
    ['Rastan', 'الرستن'],
    ['Talkalakh', 'تلكلخ'],
    ['Palmyra', 'تدمر'],
  ],
  'sy-hama': [
    ['Hama', 'حماة'],
    ['Masyaf', 'مصياف'],
    ['Mahardah', 'محردة'],
    ['Salamiyah', 'السلمية'],
    ['Suqaylabiyah', 'السقيلبية'],
  ],
  'sy-latakia': [
    ['Latakia', 'اللاذقية'],
    ['Jableh', 'جبلة'],
    ['Qardaha', 'القرداحة'],
    ['Haffah', 'الحفة'],
  ],
  'sy-tartus': [
    ['Tartus', 'طرطوس'],
    ['Baniyas', 'بانياس'],
    ['Safita', 'صافيتا'],
    ['Dreikish', 'الدريكيش'],
    ['Sheikh Badr', 'الشيخ بدر'],
  ],
  'sy-idlib': [
    ['Idlib', 'إدلب'],
    ['Ariha', 'أريحا'],
    ['Jisr al-Shughur', 'جسر الشغور'],
    ['Maarrat al-Numan', 'معرة النعمان'],
    ['Harem', 'حارم'],
  ],
  'sy-raqqa': [
    ['Raqqa', 'الرقة'],
    ['Tabqa', 'الطبقة'],
    ['Tal Abyad', 'تل أبيض'],
  ],
  'sy-deir-ez-zor': [
    ['Deir ez-Zor', 'دير الزور'],
    ['al-Mayadin', 'الميادين'],
    ['Albu Kamal', 'البوكمال'],
  ],
  'sy-hasakah': [
    ['Hasakah', 'الحسكة'],
    ['Qamishli', 'القامشلي'],
    ['Malikiyah', 'المالكية'],
    ['Ras al-Ain', 'رأس العين'],
  ],
  'sy-daraa': [
    ['Daraa', 'درعا'],
    ['Izra', 'إزرع'],
    ['Sanamayn', 'الصنمين'],
  ],
  'sy-suwayda': [
    ['Suwayda', 'السويداء'],
    ['Salkhad', 'صلخد'],
    ['Shahba', 'شهبا'],
  ],
  'sy-quneitra': [
    ['Quneitra', 'القنيطرة'],
    ['Fiq', 'فيق'],
  ],
};

const entries = gazetteerEntries();
const districtsOf = (governorate: string) =>
  entries.filter((e) => e.kind === 'district' && e.parent === governorate);

describe('every district of every governorate, in both languages', () => {
  it('lists all 33 governorates (19 of Iraq, 14 of Syria)', () => {
    const ids = entries.filter((e) => e.kind === 'governorate').map((e) => e.id);
    expect(ids.sort()).toEqual(Object.keys(DISTRICTS).sort());
  });

  for (const [governorate, districts] of Object.entries(DISTRICTS)) {
    it(`${governorate}: ${districts.map(([en]) => en).join(', ')}`, () => {
      const known = districtsOf(governorate);
      const missing = districts.filter(
        ([en, ar]) => !known.some((d) => d.names.en.includes(en) && d.names.ar.includes(ar)),
      );
      expect(missing).toEqual([]);
      expect(known).toHaveLength(districts.length);
    });
  }
});
