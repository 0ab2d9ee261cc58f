import { toAppConfig, parseEnv, type AppConfig } from './config.js';
import { resolveJwtSecret } from './jwt-secret.js';

/** Reads and validates the whole configuration; throws ConfigError naming each bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const env = parseEnv(environment);
  return toAppConfig(env, resolveJwtSecret(env));
}
