/** A slot's name as chats choose it: its local wall-clock time, "08:00", from a key such as "2026-11-24T08:00:00 Asia/Baghdad". */
export function slotName(slotKey: string): string {
  return /T(\d{2}:\d{2})/.exec(slotKey)?.[1] ?? slotKey;
}
