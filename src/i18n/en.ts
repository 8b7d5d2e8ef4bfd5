import type { DigestTarget, Messages } from './messages.js';
import { adminEn } from './admin-en.js';
import { picturesEn } from './pictures-en.js';
import { EN_MONTHS, scheduleEn } from './schedule-en.js';
import { isolate, stripBidiControls } from './bidi.js';
import { countText, englishForms, plural, type CountForms } from './plural.js';

function englishCountForms(word: string): CountForms {
  return {
    exact: englishForms(`{n} ${word}`, `{n} ${word}`, `no one ${word}`),
    range: englishForms(`{low}–{high} ${word}`, `{low}–{high} ${word}`),
    upTo: englishForms(`up to {high} ${word}`, `up to {high} ${word}`),
  };
}

const killedForms = englishCountForms('killed');
const woundedForms = englishCountForms('wounded');
const attackersKilledForms: CountForms = {
  exact: englishForms('1 attacker killed', '{n} attackers killed', 'no attackers killed'),
  range: englishForms('{low}–{high} attackers killed', '{low}–{high} attackers killed'),
  upTo: englishForms('up to {high} attacker killed', 'up to {high} attackers killed'),
};
const attackersAmongForms: CountForms = {
  exact: englishForms('1 attacker', '{n} attackers', 'no attackers'),
  range: englishForms('{low}–{high} attackers', '{low}–{high} attackers'),
  upTo: englishForms('up to {high} attacker', 'up to {high} attackers'),
};
const incidentForms = englishForms('1 incident', '{n} incidents', 'no incidents');
const articleForms = englishForms('1 article', '{n} articles', 'no articles');

/** A user's text echoed back: isolated only if it holds right-to-left letters that could reorder the sentence. */
const echo = (text: string) => {
  const clean = stripBidiControls(text);
  return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(clean) ? isolate(clean) : clean;
};

/** Names in running text: "Kirkuk, isis" (each echoed safely). */
const names = (list: readonly string[]) => list.map(echo).join(', ');
const followingNow = (following: readonly string[]) =>
  following.length === 0 ? 'Digests now cover everything.' : `Digests now cover only: ${names(following)}.`;
const where = (target: DigestTarget) => (target === 'topic' ? 'in this topic' : 'here');

const incidentsCount = (n: number) => plural('en', n, incidentForms);
const noIncidents = 'No incidents are recorded in this article.';

/** An en dash joins a bare day tightly ("19–25 October") and longer phrases with spaces ("31 October – 6 November"). */
const enRange = (from: string, to: string) => (from.includes(' ') ? `${from} – ${to}` : `${from}–${to}`);

export const en: Messages = {
  admin: adminEn,
  pictures: picturesEn,
  languageName: 'English',
  start: [
    'Welcome to Mawjaz!',
    'I turn news articles into short briefings in Arabic and English: a summary in bullet points, the incidents reported (date, place, who did it, casualties), the key figures and the source.',
    'Send /articles to browse the articles, or /help for the list of commands.',
  ].join('\n\n'),
  help: [
    'Mawjaz commands:',
    '/articles [page] — the articles, newest first',
    '/summary [id] — an article’s summary',
    '/incidents [id] — its incidents: date, place, who did it, casualties',
    '/figures [id] — its key figures',
    '/source [id] — its source, link and publication date',
    '/map [id] — a map of its incidents',
    '/chart [governorate] — a chart of the killed and wounded over time',
    '/lang ar|en — the language of messages: ar for Arabic, en for English',
    '/subscribe — get the digests here, or in the topic you send it in (in a group: admins only)',
    '/unsubscribe — stop the digests',
    '/settings — language, subscription, digest times and filters, with buttons',
    '/follow name — only digests about a governorate or a tag: /follow Kirkuk',
    '/unfollow name — stop following it',
    '/start — the welcome message',
    '/help — this list',
    '',
    'Each article’s id is shown in /articles; without one, the commands show the latest article.',
  ].join('\n'),
  commandDescriptions: {
    start: 'Welcome message',
    help: 'List of commands',
    summary: 'An article’s summary',
    incidents: 'The incidents an article reports',
    figures: 'An article’s key figures',
    source: 'An article’s source',
    articles: 'The articles, newest first',
    lang: 'Choose the language: Arabic or English',
    subscribe: 'Get the digests in this chat',
    unsubscribe: 'Stop the digests',
    settings: 'Language, subscription, digest times, filters',
    follow: 'Only digests about a governorate or tag',
    unfollow: 'Stop following a governorate or tag',
    map: 'A map of an article’s incidents',
    chart: 'Killed and wounded over time',
  },
  unknownCommand: 'Sorry, I don’t know that command. Send /help for the list of commands.',
  privateHint: 'Send /articles to browse the articles, or /help for the list of commands.',
  langUsage: 'To choose the language, send /lang ar for Arabic or /lang en for English.',
  langSet: 'Language set to English.',
  articleNotFound: (id) =>
    `I found no article with the id “${echo(id)}”. Send /articles to see the articles available.`,
  noArticles: 'No articles yet.',
  notStated: 'not stated',
  groupBusy:
    'Many requests here at once: Telegram lets me post only 20 messages a minute in a group. Please ask again in a minute, or send me the command in a private chat.',
  somethingWentWrong: 'Something went wrong. Please try again in a moment.',
  buttonExpired: 'That button has expired. Please send the command again.',
  buttons: {
    summary: 'Summary',
    incidents: 'Incidents',
    figures: 'Figures',
    source: 'Source',
    otherLanguage: 'العربية',
    previous: '‹ Prev',
    next: 'Next ›',
  },
  page: (page, pages) => `${page} / ${pages}`,
  noIncidents,
  noFigures: 'No key figures are given in this article.',
  moreFigures: (n) =>
    `…and ${plural('en', n, englishForms('1 more', '{n} more'))}: press Figures to see them all.`,
  onlyAvailableIn: (available) =>
    available === 'ar' ? '(only available in Arabic)' : '(only available in English)',
  datePrecision: { day: 'day', week: 'week', month: 'month', approximate: 'approximate' },
  placePrecision: {
    locality: 'locality',
    district: 'district',
    governorate: 'governorate',
    country: 'country',
  },
  placePrecisionNote: (precision) => `(precision: ${en.placePrecision[precision]})`,
  datePrecisionNote: (precision) => `(precision: ${en.datePrecision[precision]})`,
  eventTypes: {
    battles: 'Battles',
    explosions_remote_violence: 'Explosions/Remote violence',
    violence_against_civilians: 'Violence against civilians',
    protests: 'Protests',
    riots: 'Riots',
    strategic_developments: 'Strategic developments',
  },
  eventSubTypes: {
    armed_clash: 'Armed clash',
    government_regains_territory: 'Government regains territory',
    non_state_actor_overtakes_territory: 'Non-state actor overtakes territory',
    chemical_weapon: 'Chemical weapon',
    air_drone_strike: 'Air/drone strike',
    suicide_bomb: 'Suicide bomb',
    shelling_artillery_missile_attack: 'Shelling/artillery/missile attack',
    remote_explosive_landmine_ied: 'Remote explosive/landmine/IED',
    grenade: 'Grenade',
    sexual_violence: 'Sexual violence',
    attack: 'Attack',
    abduction_forced_disappearance: 'Abduction/forced disappearance',
    peaceful_protest: 'Peaceful protest',
    protest_with_intervention: 'Protest with intervention',
    excessive_force_against_protesters: 'Excessive force against protesters',
    violent_demonstration: 'Violent demonstration',
    mob_violence: 'Mob violence',
    agreement: 'Agreement',
    arrests: 'Arrests',
    change_to_group_activity: 'Change to group/activity',
    disrupted_weapons_use: 'Disrupted weapons use',
    headquarters_or_base_established: 'Headquarters or base established',
    looting_property_destruction: 'Looting/property destruction',
    non_violent_transfer_of_territory: 'Non-violent transfer of territory',
    other: 'Other',
  },
  labels: {
    date: 'Date',
    place: 'Place',
    who: 'Who',
    what: 'What happened',
    target: 'Target',
    killed: 'Killed',
    wounded: 'Wounded',
    casualties: 'Casualties',
    source: 'Source',
    link: 'Link',
    published: 'Published',
    articleId: 'Article id',
    figures: 'Key figures',
    incidents: 'Incidents',
    articles: 'Articles',
  },
  killed: (count) => countText('en', count, killedForms),
  wounded: (count) => countText('en', count, woundedForms),
  casualties: (killed, wounded) =>
    killed === null && wounded === null
      ? 'not stated'
      : [
          killed === null ? 'number killed not stated' : countText('en', killed, killedForms),
          wounded === null ? 'number wounded not stated' : countText('en', wounded, woundedForms),
        ].join(', '),
  attackersKilled: (count) => countText('en', count, attackersKilledForms),
  withAttackers: (casualties, attackersKilled) => `${casualties}; ${attackersKilled}`,
  attackersAmong: (count) => countText('en', count, attackersAmongForms),
  withAttackersAmong: (casualties, attackers) => `${casualties} (the dead include ${attackers})`,
  incidentsCount,
  articlesCount: (n) => plural('en', n, articleForms),
  incidentsInArticle: (n) => (n === 0 ? noIncidents : `This article records ${incidentsCount(n)}.`),
  intake: {
    received: 'Received; the draft follows in a moment.',
    draftHeading: 'Mawjaz draft: check it before publishing',
    checkNote:
      'Check especially what is marked "not stated" or imprecise, and texts available in one language only.',
    publish: 'Publish',
    discard: 'Discard',
    published: (id) =>
      `Published. It is served now with /summary ${id} and goes out in the next scheduled digest.`,
    discarded: 'Draft discarded.',
    alreadyPublished: (id) => `A briefing with the id ${id} is already published; it was not replaced.`,
    draftGone: 'This draft no longer exists.',
    newVersion: (id, existing) =>
      `A draft ${existing} already exists and was kept as it is; this one is a new version beside it, ${id}.`,
    failed: (reason) =>
      `Could not make a draft: ${reason}\nSend the article as text: the title line, a blank line, then the body; if the article does not give its date, put the date (YYYY-MM-DD) on the first line.`,
    notText: 'Send the article as text or as a text file (.txt).',
    tooLarge: 'That file is too large to be an article (the limit is 1 MB).',
    checksHeading: 'To check before publishing',
    checkReason: {
      'date-guessed': 'the article gives no date: the day of publication or the one before was taken',
      'date-approximate': 'the date is approximate',
      'place-unresolved': 'the place is not in the gazetteer: check the governorate',
      'casualties-conflict': 'the article gives different figures for the same casualties',
      'casualties-unsplit': 'only a joint killed-and-wounded figure: no split was made',
      'casualties-approximate': 'the casualty figure is approximate',
      'headline-disagrees': 'the headline total does not agree with the body',
      'actor-suspected': 'the article only suspects who did it',
      'figure-approximate': 'the article gives this figure as approximate',
      'review-suggested':
        'drafts like this one are often wrong on articles the intake was not tuned for: check its date, place and casualties',
    },
    incidentItem: (n) => `Incident ${n}`,
    figureItem: (value) => `Figure ${value}`,
  },
  digest: {
    heading: 'Mawjaz: new for you',
    incidentTotals: (n, killed, wounded) =>
      n === 0 ? noIncidents : `${incidentsCount(n)}: ${en.casualties(killed, wounded)}`,
    readMore: 'Read more',
  },
  subscriptions: {
    adminsOnly: 'Sorry, only the group’s admins can change this.',
    subscribed: (target, schedule) =>
      `Subscribed: the digests will arrive ${where(target)} ${schedule}.` +
      ' Send /settings to change the times, or /follow to narrow them to a governorate or tag.',
    alreadySubscribed: (target) => `Already subscribed: the digests arrive ${where(target)}.`,
    moved: (target) => `Done: the digests will now arrive ${where(target)}.`,
    unsubscribed: 'Unsubscribed: no more digests. Send /subscribe to start again.',
    notSubscribed: 'This chat is not subscribed. Send /subscribe to get the digests.',
    followUsage: (following) =>
      [
        `To get only the briefings about a governorate or a tag, send /follow with its name in Arabic or English: /follow Kirkuk, /follow ${echo('كركوك')}, /follow isis.`,
        following.length === 0 ? 'You follow everything now.' : `You follow: ${names(following)}.`,
      ].join('\n'),
    unfollowUsage: (following) =>
      following.length === 0
        ? 'You follow everything: there is nothing to unfollow.'
        : `Send /unfollow with a name to stop following it. You follow: ${names(following)}.`,
    nowFollowing: (name, following) => `Following ${echo(name)}. ${followingNow(following)}`,
    alreadyFollowing: (name) => `You already follow ${echo(name)}.`,
    unfollowed: (name, following) => `Stopped following ${echo(name)}. ${followingNow(following)}`,
    notFollowing: (name) => `You do not follow ${echo(name)}.`,
    unknownTarget: (input, governorates, tags) =>
      [
        `I don’t know “${echo(input)}”. You can follow a governorate of Iraq or Syria, by its Arabic or English name (for example ${names(governorates)}),`,
        tags.length > 0
          ? `or a tag of the briefings: ${names(tags)}.`
          : 'or a tag of the briefings (there are none yet).',
      ].join(' '),
    tooManyFilters: (max) =>
      `You can follow at most ${max} governorates and tags. Send /unfollow to drop one first.`,
    subscribeHint: 'This chat gets no digests yet: send /subscribe to start them.',
  },
  settings: {
    heading: 'Settings',
    language: (languageName) => `Language: ${echo(languageName)}`,
    subscription: (target) =>
      target === null
        ? 'Digests: off'
        : target === 'topic'
          ? 'Digests: on, in a topic of this group'
          : 'Digests: on',
    slots: (schedule) => `Digest times: ${schedule}`,
    filters: (following) =>
      following.length === 0 ? 'Following: everything' : `Following: ${names(following)}`,
    buttons: {
      subscribe: 'Subscribe',
      unsubscribe: 'Unsubscribe',
      clearFilters: 'Follow everything',
      slot: (slot, on) => `${on ? '✅' : '⬜'} ${slot}`,
    },
    lastSlot: 'Keep at least one digest time. To stop the digests, unsubscribe.',
  },
  schedule: scheduleEn,
  approximately: (value) => `about ${value}`,
  listSeparator: ', ',
  dates: {
    months: EN_MONTHS,
    range: enRange,
    week: (from, to) => `the week of ${enRange(from, to)}`,
    approximate: (date) => `around ${date}`,
  },
};
