import { existsSync } from 'node:fs';
import { ConfigSchema } from '../config/schema.js';
import { backupSqlite, parseBackupArgs } from './backup.js';

/** `npm run backup -- OUT_FILE`: reads DATABASE_PATH (and DATABASE_URL) like the bot, `.env` included. */
if (existsSync('.env')) process.loadEnvFile('.env');
const databasePath = ConfigSchema.shape.DATABASE_PATH.safeParse(process.env.DATABASE_PATH || undefined);
if (!databasePath.success) {
  process.stderr.write('Configuration error: DATABASE_PATH: must not be empty\n');
  process.exit(1);
}
const args = parseBackupArgs(process.argv.slice(2), {
  DATABASE_PATH: databasePath.data,
  DATABASE_URL: process.env.DATABASE_URL,
});
if (!args.ok) {
  process.stderr.write(`${args.error}\n`);
  process.exit(1);
}
try {
  const pages = await backupSqlite(args.source, args.out);
  process.stdout.write(`${args.source} copied to ${args.out} (${pages} pages)\n`);
} catch (error) {
  process.stderr.write(
    `backup failed: ${args.source}: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
