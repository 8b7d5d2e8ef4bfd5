/** The offset arithmetic the slot calculations need for one IANA zone. */
export interface Zone {
  /** Local wall clock minus UTC at instant `atMs`, in ms (Asia/Baghdad: +3 h). */
  offsetMs(atMs: number): number;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Throws RangeError on an unknown zone. */
export function createZone(timeZone: string): Zone {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return {
    offsetMs(atMs) {
      const wholeSecond = Math.floor(atMs / 1000) * 1000;
      const part: Record<string, number> = {};
      for (const p of format.formatToParts(wholeSecond))
        if (p.type !== 'literal') part[p.type] = Number(p.value);
      const localAsUtc = Date.UTC(
        part.year!,
        part.month! - 1,
        part.day!,
        part.hour!,
        part.minute!,
        part.second!,
      );
      return localAsUtc - wholeSecond;
    },
  };
}
