import { formatProblem } from '../content/parse.js';
import type { AdminMessages, ReloadView } from './admin-messages.js';
import { formatNumber } from './number.js';
import { englishForms, plural } from './plural.js';
import { zoneCity } from '../digest/describe-schedule.js';

const subscribers = englishForms('{n} subscriber', '{n} subscribers', 'no subscribers');
const channels = englishForms('{n} channel', '{n} channels', 'no channels');
const messages = englishForms('{n} message', '{n} messages');
const chats = englishForms('{n} chat', '{n} chats');
const articles = englishForms('{n} article', '{n} articles', 'no articles');

const n = formatNumber;

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return `${m} min ${s % 60} s`;
  return `${s} s`;
}

const STATES = { running: 'running', finished: 'finished', cancelled: 'cancelled' } as const;

function reload(view: ReloadView): string {
  const list = (ids: readonly string[]) => (ids.length === 0 ? '—' : ids.join(', '));
  const lines = [
    'Content reloaded.',
    `Added: ${list(view.added)}`,
    `Changed: ${list(view.changed)}`,
    `Removed: ${list(view.removed)}`,
  ];
  if (view.rejected.length === 0) lines.push('Rejected: —');
  else {
    lines.push(`Rejected (the last good version keeps serving): ${view.rejected.length}`);
    for (const problem of view.rejected) lines.push(`• ${formatProblem(problem)}`);
  }
  return lines.join('\n');
}

export const adminEn: AdminMessages = {
  broadcastUsage:
    'Usage: /broadcast <text> (Telegram HTML such as <b>bold</b> is allowed), or reply /broadcast to any message to copy it to every subscriber.',
  emptyBroadcast: 'There is nothing to send: the text is empty.',
  invalidHtml: (error) =>
    `Telegram would reject this text: “${error}”.\nFix it and send /broadcast again, or send it as plain text (the tags shown as typed).`,
  copyFailed: (error) =>
    `Telegram cannot copy that message: “${error}”. Reply /broadcast to another message, or send a text.`,
  previewIntro: 'Preview: the broadcast exactly as it will be sent is above.',
  audience: (v) => {
    const who = plural('en', v.subscribers, subscribers);
    const where = v.includeChannels
      ? `${who} and ${plural('en', v.channels, channels)}`
      : `${who} (channels not included)`;
    return `Audience: ${where}.\nEach gets ${plural('en', v.parts, messages)}. Nothing is sent before you confirm.`;
  },
  buttons: {
    confirm: '✅ Confirm and send',
    cancel: '✖️ Cancel',
    includeChannels: (count) => `Include channels (${n(count)})`,
    excludeChannels: 'Leave channels out',
    sendAsPlainText: 'Send as plain text',
  },
  previewSettled: 'This preview was already confirmed or cancelled.',
  previewCancelled: 'Broadcast cancelled: nothing was sent.',
  plainTextChosen: 'Plain text chosen: see the new preview below.',
  noAudience: 'Nobody would receive this broadcast: there are no active subscribers.',
  broadcastQueued: (id, count) => `Broadcast #${id} confirmed for ${plural('en', count, chats)}. Sending…`,
  progress: (v) =>
    [
      `Broadcast #${v.jobId}: sending…`,
      `Sent: ${n(v.sent)} · Failed: ${n(v.failed)} · Blocked: ${n(v.blocked)} · Remaining: ${n(v.remaining)} of ${n(v.total)}`,
      `Rate: ${v.rate === null ? '…' : `${v.rate.toFixed(1)} msg/s`} · Time left: ${v.etaSeconds === null ? '…' : duration(v.etaSeconds)}`,
    ].join('\n'),
  report: (v) =>
    [
      v.state === 'cancelled'
        ? `Broadcast #${v.jobId} was cancelled.`
        : v.state === 'finished'
          ? `Broadcast #${v.jobId} is finished.`
          : `Broadcast #${v.jobId} stopped here; it resumes when the bot restarts.`,
      `Sent: ${n(v.sent)} · Failed: ${n(v.failed)} · Blocked: ${n(v.blocked)} · Not sent (cancelled): ${n(v.cancelled)}` +
        (v.inDoubt > 0 ? ` · Unknown (crash): ${n(v.inDoubt)}` : '') +
        (v.remaining > 0 ? ` · Remaining: ${n(v.remaining)}` : ''),
      `Total: ${n(v.total)}`,
    ].join('\n'),
  jobsEmpty: 'No broadcasts yet.',
  jobsTitle: 'Recent broadcasts:',
  jobLine: (v) =>
    `#${v.id} · ${STATES[v.state]} · ${new Date(v.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC · ` +
    `sent ${n(v.sent)}, failed ${n(v.failed)}, blocked ${n(v.blocked)}, cancelled ${n(v.cancelled)} of ${n(v.total)}`,
  cancelUsage: 'Usage: /cancel_broadcast <id> (the ids are in /broadcasts).',
  cancelNotFound: (id) => `There is no broadcast #${id}.`,
  cancelNotRunning: (id, state) => `Broadcast #${id} is already ${STATES[state]}.`,
  cancelDone: (id) => `Broadcast #${id} cancelled: what was not sent yet will not be sent.`,
  stats: (v) => {
    const { counts, recent } = v;
    return [
      `Chats: ${n(counts.total)} · active subscribers: ${n(counts.activeSubscribers)}`,
      `By type: private ${n(counts.byType.private)}, groups ${n(counts.byType.group)}, supergroups ${n(counts.byType.supergroup)}, channels ${n(counts.byType.channel)}`,
      `By language: Arabic ${n(counts.byLanguage.ar)}, English ${n(counts.byLanguage.en)}, not chosen ${n(counts.byLanguage.none)}`,
      `Blocked the bot: ${n(counts.byStatus.blocked)} · gone: ${n(counts.byStatus.gone)}`,
      'Last 24 hours:',
      `• digests: ${n(recent.digest.delivered)} delivered, ${n(recent.digest.failed)} failed, ${n(recent.digest.blocked)} blocked`,
      `• broadcasts: ${n(recent.broadcast.delivered)} delivered, ${n(recent.broadcast.failed)} failed, ${n(recent.broadcast.blocked)} blocked`,
      `• editors' drafts: ${n(recent.intake.delivered)} delivered, ${n(recent.intake.failed)} failed, ${n(recent.intake.blocked)} blocked`,
      `Content: ${plural('en', v.articles, articles)} loaded`,
      `Uptime: ${duration(v.uptimeSeconds)}`,
    ].join('\n');
  },
  reload,
  digestNowStarted: (time, zone, count) =>
    `The digest of ${time} (${zoneCity(zone)} time) is planned for ${plural('en', count, chats)}; sending now.`,
  digestNowAlready: (time, zone) =>
    `The digest of ${time} (${zoneCity(zone)} time) has already run: it is sent once. Try again in a minute.`,
  floodNotice: 'You are sending commands too fast. Please wait a minute; until then I will not answer.',
};
