import { composeApp, createContainer } from '../composition-root.js';
import { ConfigError } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';

// `pnpm db:migrate`: applies pending migrations to DATABASE_URL and exits (the server also does this at start).
try {
  const config = loadConfig();
  const adapters = composeApp(createContainer(config));
  await adapters.start();
  await adapters.stop();
  console.log(`Migrations applied to ${config.databaseUrl.replace(/\/\/[^@/]*@/u, '//***@')}`);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
