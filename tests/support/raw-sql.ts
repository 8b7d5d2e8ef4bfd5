import Database from 'better-sqlite3';
import pg from 'pg';

/** Runs one statement straight on the database file or server, as an older version (or a bad disk) left it. */
export async function writeRaw(location: string, statement: string, params: unknown[]): Promise<void> {
  if (!location.startsWith('postgres')) {
    const db = new Database(location);
    try {
      db.prepare(statement.replace(/\$\d+/g, '?')).run(...params);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    await client.query(statement, params);
  } finally {
    await client.end();
  }
}
