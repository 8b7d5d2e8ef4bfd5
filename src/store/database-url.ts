/** Schemes that select PostgreSQL. */
export const POSTGRES_SCHEMES = ['postgres:', 'postgresql:'] as const;

export function isPostgresUrl(url: string): boolean {
  try {
    return (POSTGRES_SCHEMES as readonly string[]).includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** What may be logged of a database URL: host, port and database name, never user or password. */
export function describeDatabaseUrl(url: string): { host: string; port: number; database: string } {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port === '' ? 5432 : Number(u.port),
    database: decodeURIComponent(u.pathname.replace(/^\//, '')),
  };
}

/** The URL's password, to scrub from every log line (none: empty list). */
export function databaseSecrets(url: string | undefined): string[] {
  if (!url || !isPostgresUrl(url)) return [];
  const password = new URL(url).password;
  return password === '' ? [] : [password, decodeURIComponent(password)];
}
