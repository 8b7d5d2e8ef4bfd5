import type { ScheduleDays, ScheduleRule } from '../digest/describe-schedule.js';
import { zoneCity } from '../digest/describe-schedule.js';
import { isolate } from './bidi.js';
import { plural, type PluralForms } from './plural.js';

/** The calendar's month names, for schedules and for dates in briefings alike. */
export const AR_MONTHS = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
] as const;
const DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** Cities of the zones the bot is most likely run in; any other is written as its zone names it. */
const CITIES: Record<string, string> = {
  Baghdad: 'بغداد',
  Damascus: 'دمشق',
  Beirut: 'بيروت',
  Amman: 'عمّان',
  Riyadh: 'الرياض',
  Kuwait: 'الكويت',
  Qatar: 'قطر',
  Bahrain: 'البحرين',
  Dubai: 'دبي',
  Muscat: 'مسقط',
  Aden: 'عدن',
  Cairo: 'القاهرة',
  Tripoli: 'طرابلس',
  Tunis: 'تونس',
  Algiers: 'الجزائر',
  Casablanca: 'الدار البيضاء',
  Khartoum: 'الخرطوم',
  Jerusalem: 'القدس',
  Gaza: 'غزة',
  Hebron: 'الخليل',
  Tehran: 'طهران',
  Istanbul: 'إسطنبول',
  London: 'لندن',
  Paris: 'باريس',
  Berlin: 'برلين',
};

const HOURS: PluralForms = {
  zero: 'كل ساعة',
  one: 'كل ساعة',
  two: 'كل ساعتين',
  few: 'كل {n} ساعات',
  many: 'كل {n} ساعة',
  other: 'كل {n} ساعة',
};
const MINUTES: PluralForms = {
  zero: 'كل دقيقة',
  one: 'كل دقيقة',
  two: 'كل دقيقتين',
  few: 'كل {n} دقائق',
  many: 'كل {n} دقيقة',
  other: 'كل {n} دقيقة',
};

/** "أ، ب وج". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('، ')} و${items.at(-1)}`;
}

function days(d: ScheduleDays): string {
  if (d.kind === 'everyDay') return 'يومياً';
  if (d.kind === 'weekdays') return 'من الاثنين إلى الجمعة';
  if (d.kind === 'dates') {
    const months = d.months === null ? 'كل شهر' : list(d.months.map((m) => AR_MONTHS[m - 1]!));
    return d.dates.length === 0 ? `يومياً في ${months}` : `في يوم ${list(d.dates.map(String))} من ${months}`;
  }
  return `أيام ${list(d.days.map((n) => DAYS[n]!))}`;
}

const onDays = (d: ScheduleDays) => (d.kind === 'everyDay' ? '' : ` ${days(d)}`);

function rule(r: ScheduleRule): string {
  switch (r.kind) {
    case 'times':
      return `${days(r.days)} في الساعة ${list(r.times.map(isolate))}`;
    case 'everyHours': {
      const past = r.minute === 0 ? '' : ` عند الدقيقة ${r.minute}`;
      return `${plural('ar', r.hours, HOURS)}${past}${onDays(r.days)}`;
    }
    case 'everyMinutes':
      return `${plural('ar', r.minutes, MINUTES)}${onDays(r.days)}`;
    case 'cron':
      return `وفق الجدول ${isolate(r.expression)}`;
  }
}

/** A zone's city in Arabic where known ("Asia/Baghdad" → بغداد), else as the zone names it, isolated. */
export function cityAr(timeZone: string): string {
  const city = zoneCity(timeZone);
  return CITIES[city] ?? isolate(city);
}

/** "يومياً في الساعة 08:00 و20:00 بتوقيت بغداد". */
export function scheduleAr(rules: readonly ScheduleRule[], timeZone: string): string {
  const zone = /^(UTC|GMT|Etc\/)/.test(timeZone)
    ? `بالتوقيت العالمي ${isolate('UTC')}`
    : `بتوقيت ${cityAr(timeZone)}`;
  return `${rules.map(rule).join('؛ ')} ${zone}`;
}
