import type { ContentProblem } from '../content/parse.js';
import type { ChatCounts, DeliveryCounts, JobKind, JobState } from '../store/store.js';

/** A running broadcast, as the admin's progress message shows it. */
export interface ProgressView {
  jobId: number;
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  remaining: number;
  /** Messages per second since this process started watching; null until it can be measured. */
  rate: number | null;
  /** Seconds left at that rate; null when unknown. */
  etaSeconds: number | null;
}

/** A broadcast that has ended (or stopped), as its final report shows it. */
export interface ReportView {
  jobId: number;
  state: JobState;
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  cancelled: number;
  /** Messages whose request was in flight when a process died and were not resent (DELIVERY_IN_DOUBT=skip). */
  inDoubt: number;
  /** Left unsent, neither delivered nor cancelled: only when the job is still running elsewhere. */
  remaining: number;
}

export interface JobLineView {
  id: number;
  state: JobState;
  createdAt: number;
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  cancelled: number;
}

export interface StatsView {
  counts: ChatCounts;
  recent: Record<JobKind, DeliveryCounts>;
  articles: number;
  uptimeSeconds: number;
}

export interface ReloadView {
  added: readonly string[];
  changed: readonly string[];
  removed: readonly string[];
  rejected: readonly ContentProblem[];
}

/** The audience line of a broadcast preview. */
export interface AudienceView {
  /** Active subscribers that are not channels. */
  subscribers: number;
  /** Subscribed channels (DIGEST_CHANNELS). */
  channels: number;
  includeChannels: boolean;
  /** Messages each recipient gets (a long text is split). */
  parts: number;
}

/**
 * Every text of the admin commands, in one language. Plain text (the caller escapes it for HTML),
 * bidi-safe like the main catalogue. `floodNotice` is for every user; it lives here until the lead
 * moves it into the main catalogue.
 */
export interface AdminMessages {
  broadcastUsage: string;
  emptyBroadcast: string;
  /** Telegram's own parser message, quoted. */
  invalidHtml: (parserError: string) => string;
  /** The replied-to message cannot be copied (Telegram's message, quoted): nothing to preview or send. */
  copyFailed: (error: string) => string;
  previewIntro: string;
  audience: (view: AudienceView) => string;
  buttons: {
    confirm: string;
    cancel: string;
    includeChannels: (channels: number) => string;
    excludeChannels: string;
    sendAsPlainText: string;
  };
  previewSettled: string;
  previewCancelled: string;
  plainTextChosen: string;
  noAudience: string;
  broadcastQueued: (jobId: number, recipients: number) => string;
  progress: (view: ProgressView) => string;
  report: (view: ReportView) => string;
  jobsEmpty: string;
  jobsTitle: string;
  jobLine: (view: JobLineView) => string;
  cancelUsage: string;
  cancelNotFound: (id: string) => string;
  cancelNotRunning: (id: number, state: JobState) => string;
  cancelDone: (id: number) => string;
  stats: (view: StatsView) => string;
  reload: (view: ReloadView) => string;
  /** `time`: the local minute ("17:01") in the schedule's IANA zone (named by its city). */
  digestNowStarted: (time: string, timeZone: string, recipients: number) => string;
  digestNowAlready: (time: string, timeZone: string) => string;
  floodNotice: string;
}
