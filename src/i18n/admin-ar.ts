import { formatProblem } from '../content/parse.js';
import type { AdminMessages, ReloadView } from './admin-messages.js';
import { isolate, RLM } from './bidi.js';
import { formatNumber } from './number.js';
import { plural, type PluralForms } from './plural.js';
import { cityAr } from './schedule-ar.js';

/** Commands, ids and Telegram's (English) messages are Latin: isolated so that they keep their place. */
const cmd = (text: string) => isolate(text);
const n = formatNumber;

const subscribers: PluralForms = {
  zero: 'لا مشتركين',
  one: 'مشترك واحد',
  two: 'مشتركان',
  few: '{n} مشتركين',
  many: '{n} مشتركاً',
  other: '{n} مشترك',
};
const channels: PluralForms = {
  zero: 'لا قنوات',
  one: 'قناة واحدة',
  two: 'قناتان',
  few: '{n} قنوات',
  many: '{n} قناة',
  other: '{n} قناة',
};
const messages: PluralForms = {
  zero: 'لا رسائل',
  one: 'رسالة واحدة',
  two: 'رسالتان',
  few: '{n} رسائل',
  many: '{n} رسالة',
  other: '{n} رسالة',
};
const chats: PluralForms = {
  zero: 'لا محادثات',
  one: 'محادثة واحدة',
  two: 'محادثتين',
  few: '{n} محادثات',
  many: '{n} محادثة',
  other: '{n} محادثة',
};
const articles: PluralForms = {
  zero: 'لا مقالات',
  one: 'مقالة واحدة',
  two: 'مقالتان',
  few: '{n} مقالات',
  many: '{n} مقالة',
  other: '{n} مقالة',
};

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d} يوم ${h} ساعة`;
  if (h > 0) return `${h} ساعة ${m} دقيقة`;
  if (m > 0) return `${m} دقيقة ${s % 60} ثانية`;
  return `${s} ثانية`;
}

const STATES = { running: 'قيد الإرسال', finished: 'اكتمل', cancelled: 'أُلغي' } as const;

function reload(view: ReloadView): string {
  const list = (ids: readonly string[]) => (ids.length === 0 ? '—' : ids.map(cmd).join('، '));
  const lines = [
    'أُعيد تحميل المحتوى.',
    `أُضيف: ${list(view.added)}`,
    `تغيّر: ${list(view.changed)}`,
    `حُذف: ${list(view.removed)}`,
  ];
  if (view.rejected.length === 0) lines.push('رُفض: —');
  else {
    lines.push(`رُفض (تبقى آخر نسخة سليمة معروضة): ${n(view.rejected.length)}`);
    for (const problem of view.rejected) lines.push(`${RLM}• ${cmd(formatProblem(problem))}`);
  }
  return lines.join('\n');
}

export const adminAr: AdminMessages = {
  broadcastUsage:
    `الاستخدام: ${cmd('/broadcast <text>')} (يُسمح بتنسيق ${cmd('HTML')} الخاص بتيليغرام مثل ${cmd('<b>bold</b>')})، ` +
    `أو أرسل ${cmd('/broadcast')} رداً على أي رسالة لنسخها إلى كل المشتركين.`,
  emptyBroadcast: 'لا يوجد ما يُرسل: النص فارغ.',
  invalidHtml: (error) =>
    `سيرفض تيليغرام هذا النص: «${cmd(error)}».\nصحّحه وأرسل ${cmd('/broadcast')} من جديد، أو أرسله نصاً عادياً (تظهر الوسوم كما كُتبت).`,
  copyFailed: (error) =>
    `لا يستطيع تيليغرام نسخ تلك الرسالة: «${cmd(error)}». أرسل ${cmd('/broadcast')} رداً على رسالة أخرى، أو أرسل نصاً.`,
  previewIntro: 'معاينة: الرسالة أعلاه هي البث تماماً كما سيُرسل.',
  audience: (v) => {
    const who = plural('ar', v.subscribers, subscribers);
    const where = v.includeChannels
      ? `${who} و${plural('ar', v.channels, channels)}`
      : `${who} (من دون القنوات)`;
    return `الجمهور: ${where}.\nيصل كلاً منهم ${plural('ar', v.parts, messages)}. لن يُرسل شيء قبل أن تؤكد.`;
  },
  buttons: {
    confirm: '✅ تأكيد وإرسال',
    cancel: '✖️ إلغاء',
    includeChannels: (count) => `تضمين القنوات (${n(count)})`,
    excludeChannels: 'استبعاد القنوات',
    sendAsPlainText: 'إرسال كنص عادي',
  },
  previewSettled: 'سبق تأكيد هذه المعاينة أو إلغاؤها.',
  previewCancelled: 'أُلغي البث: لم يُرسل شيء.',
  plainTextChosen: 'اخترت النص العادي: المعاينة الجديدة أدناه.',
  noAudience: 'لن يصل هذا البث إلى أحد: لا يوجد مشتركون نشطون.',
  broadcastQueued: (id, count) =>
    `تأكّد البث ${cmd(`#${id}`)} إلى ${plural('ar', count, chats)}. جارٍ الإرسال…`,
  progress: (v) =>
    [
      `البث ${cmd(`#${v.jobId}`)}: جارٍ الإرسال…`,
      `أُرسل: ${n(v.sent)} · فشل: ${n(v.failed)} · حظر البوت: ${n(v.blocked)} · متبقٍّ: ${n(v.remaining)} من ${n(v.total)}`,
      `المعدّل: ${v.rate === null ? '…' : `${v.rate.toFixed(1)} رسالة/ثانية`} · الوقت المتبقي: ${v.etaSeconds === null ? '…' : duration(v.etaSeconds)}`,
    ].join('\n'),
  report: (v) =>
    [
      v.state === 'cancelled'
        ? `أُلغي البث ${cmd(`#${v.jobId}`)}.`
        : v.state === 'finished'
          ? `اكتمل البث ${cmd(`#${v.jobId}`)}.`
          : `توقّف البث ${cmd(`#${v.jobId}`)} هنا، ويُستأنف عند إعادة تشغيل البوت.`,
      `أُرسل: ${n(v.sent)} · فشل: ${n(v.failed)} · حظر البوت: ${n(v.blocked)} · لم يُرسل (أُلغي): ${n(v.cancelled)}` +
        (v.inDoubt > 0 ? ` · غير معروف (بعد انهيار): ${n(v.inDoubt)}` : '') +
        (v.remaining > 0 ? ` · متبقٍّ: ${n(v.remaining)}` : ''),
      `المجموع: ${n(v.total)}`,
    ].join('\n'),
  jobsEmpty: 'لا بثّ بعد.',
  jobsTitle: 'آخر عمليات البث:',
  jobLine: (v) =>
    `${RLM}${cmd(`#${v.id}`)} · ${STATES[v.state]} · ${cmd(`${new Date(v.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`)} · ` +
    `أُرسل ${n(v.sent)}، فشل ${n(v.failed)}، حظر ${n(v.blocked)}، أُلغي ${n(v.cancelled)} من ${n(v.total)}`,
  cancelUsage: `الاستخدام: ${cmd('/cancel_broadcast <id>')} (الأرقام في ${cmd('/broadcasts')}).`,
  cancelNotFound: (id) => `لا يوجد بث برقم ${cmd(`#${id}`)}.`,
  cancelNotRunning: (id, state) => `البث ${cmd(`#${id}`)} حالته الآن: ${STATES[state]}.`,
  cancelDone: (id) => `أُلغي البث ${cmd(`#${id}`)}: ما لم يُرسل بعد لن يُرسل.`,
  stats: (v) => {
    const { counts, recent } = v;
    return [
      `المحادثات: ${n(counts.total)} · المشتركون النشطون: ${n(counts.activeSubscribers)}`,
      `حسب النوع: خاصة ${n(counts.byType.private)}، مجموعات ${n(counts.byType.group)}، مجموعات كبرى ${n(counts.byType.supergroup)}، قنوات ${n(counts.byType.channel)}`,
      `حسب اللغة: العربية ${n(counts.byLanguage.ar)}، الإنكليزية ${n(counts.byLanguage.en)}، لم تُختر ${n(counts.byLanguage.none)}`,
      `حظروا البوت: ${n(counts.byStatus.blocked)} · غادروا: ${n(counts.byStatus.gone)}`,
      'آخر 24 ساعة:',
      `• الموجزات: سُلّم ${n(recent.digest.delivered)}، فشل ${n(recent.digest.failed)}، محظور ${n(recent.digest.blocked)}`,
      `• البث: سُلّم ${n(recent.broadcast.delivered)}، فشل ${n(recent.broadcast.failed)}، محظور ${n(recent.broadcast.blocked)}`,
      `• مسودات المحررين: سُلّم ${n(recent.intake.delivered)}، فشل ${n(recent.intake.failed)}، محظور ${n(recent.intake.blocked)}`,
      `المحتوى المحمّل: ${plural('ar', v.articles, articles)}`,
      `مدة التشغيل: ${duration(v.uptimeSeconds)}`,
    ].join('\n');
  },
  reload,
  digestNowStarted: (time, zone, count) =>
    `خُطّط موجز الساعة ${cmd(time)} (بتوقيت ${cityAr(zone)}) لـ${plural('ar', count, chats)}؛ الإرسال جارٍ.`,
  digestNowAlready: (time, zone) =>
    `سبق تشغيل موجز الساعة ${cmd(time)} (بتوقيت ${cityAr(zone)}): يُرسل مرة واحدة فقط. أعد المحاولة بعد دقيقة.`,
  floodNotice: 'أنت ترسل الأوامر بسرعة كبيرة. يُرجى الانتظار دقيقة؛ لن أجيب حتى ذلك الحين.',
};
