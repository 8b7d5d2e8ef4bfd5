/** A file to upload as telegraf takes it: `{ source }` (a path, a Buffer, a stream) or `{ url }` it fetches itself. */
function isInputFile(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as { source?: unknown; url?: unknown };
  return Boolean(file.source) || Boolean(file.url);
}

/**
 * Whether a Bot API payload carries a file to upload, so must go as multipart rather than JSON:
 * a field that is an input file, or an album (or a media edit) whose `media` is one. A string is
 * a file_id or a URL Telegram fetches, and sent as JSON. `link_preview_options.url` is a link,
 * and buttons' urls sit in arrays of arrays under `reply_markup`, never at this depth. Pure.
 */
export function carriesUpload(payload: object): boolean {
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'link_preview_options' || key === 'reply_markup') continue;
    if (isInputFile(value)) return true;
    if (typeof value === 'object' && value !== null && isInputFile((value as { media?: unknown }).media))
      return true;
    if (
      Array.isArray(value) &&
      value.some((item) => isInputFile((item as { media?: unknown } | null)?.media))
    )
      return true;
  }
  return false;
}
