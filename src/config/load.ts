import { existsSync } from 'node:fs';
import { prepareDatabasePath } from './database-path.js';
import { parseConfig, type Config } from './schema.js';

/**
 * Reads the environment (and `.env` when present, without overriding what is already set).
 * On a bad variable, or a DATABASE_PATH where no database can be made: prints one line naming it
 * and exits 1, with no stack.
 */
export function loadConfigOrExit(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const result = parseConfig(process.env);
  const problem = result.ok ? prepareDatabasePath(result.config.databasePath) : result.error;
  if (result.ok && problem === undefined) return result.config;
  process.stderr.write(`${result.ok ? `Configuration error: ${problem}` : problem}\n`);
  process.exit(1);
}
