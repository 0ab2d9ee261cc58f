// Module hooks of loaded-modules-probe.mjs: every module loaded through the ESM loader is appended to the
// file named by LOADED_MODULES_FILE (the hooks run on their own thread, so they write the file themselves).
import { appendFileSync } from 'node:fs';
import process from 'node:process';

export async function load(url, context, nextLoad) {
  appendFileSync(process.env.LOADED_MODULES_FILE, `${url}\n`);
  return nextLoad(url, context);
}
