// Preloaded into a server (NODE_OPTIONS=--import) by lazy-modules.test.ts: records every module the process
// loads in LOADED_MODULES_FILE, ES modules as they load and CommonJS ones (which the ESM hooks do not see
// when required from CommonJS) from require.cache when the process exits.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import process from 'node:process';
import { URL } from 'node:url';

register(new URL('./loaded-modules-hooks.mjs', import.meta.url));
const cache = createRequire(import.meta.url).cache;
process.on('exit', () =>
  appendFileSync(process.env.LOADED_MODULES_FILE, `${Object.keys(cache).join('\n')}\n`),
);
