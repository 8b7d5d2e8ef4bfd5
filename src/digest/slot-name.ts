/** A slot's name as chats choose it: its local wall-clock time, "08:00", from a key such as "2026-11-24T08:00:00 Asia/Baghdad". */
export function slotName(slotKey: string): string {
  return /T(\d{2}:\d{2})/.exec(slotKey)?.[1] ?? slotKey;
}

/** "0 8 * * *" → "08:00"; undefined when the expression is not one fixed time of day (ranges, steps, seconds). */
export function timeOfDay(expression: string): string | undefined {
  const fields = expression.trim().split(/\s+/);
  const [second, minute, hour] = fields.length === 6 ? fields : ['0', ...fields];
  if (![second, minute, hour].every((f) => f !== undefined && /^\d+$/.test(f)) || Number(second) !== 0)
    return undefined;
  return `${hour!.padStart(2, '0')}:${minute!.padStart(2, '0')}`;
}

/**
 * The times of day a chat may choose among (sorted). Offered only when every expression of the
 * schedule is a fixed time of day; otherwise every chat gets every slot.
 */
export function choosableSlotNames(expressions: readonly string[]): string[] {
  const names = expressions.map(timeOfDay);
  return names.every((name) => name !== undefined) ? [...new Set(names as string[])].sort() : [];
}
