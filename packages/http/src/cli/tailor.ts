import { readFileSync } from 'node:fs';
import { fromJsonResumeJob, type JsonResumeJob } from '@tailor/application';
import { checkProviders } from '../composition/provider-doctor.js';
import { composeApp, createContainer } from '../composition-root.js';
import { ConfigError } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';
import { serveMcpOverStdio } from './mcp-stdio.js';

const USAGE = `Usage:
  pnpm tailor catalog import <file.json>   import a JSON array of postings (JSON Resume job schema) into the
                                           shared catalog; re-importing a posting updates it
  pnpm tailor doctor                       check each configured model provider (reachability, key, model,
                                           structured-output mode); exit 1 when the primary one fails
  pnpm tailor mcp                          serve MCP over stdin/stdout for a desktop assistant, acting for the
                                           user whose API key is in TAILOR_API_KEY (download links point at
                                           TAILOR_URL, default http://HOST:PORT)`;

/** Checks the providers the environment configures, one verdict line each; the primary decides the exit code. */
async function doctor(): Promise<number> {
  const { report, primaryOk } = await checkProviders(loadConfig());
  console.log(report);
  return primaryOk ? 0 : 1;
}

async function importCatalog(file: string): Promise<number> {
  const document: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const postings = (Array.isArray(document) ? document : [document]) as JsonResumeJob[];
  const config = loadConfig();
  const { useCases, start, stop } = composeApp(createContainer(config));
  await start();
  try {
    const report = await useCases.jobs.importCatalog.execute({
      postings: postings.map(fromJsonResumeJob),
    });
    console.log(
      `catalog: ${report.created} created, ${report.updated} updated, ${report.failed.length} failed`,
    );
    for (const failure of report.failed) console.log(`  posting #${failure.index}: ${failure.message}`);
    return report.failed.length > 0 ? 2 : 0;
  } finally {
    await stop();
  }
}

async function main(args: string[]): Promise<number> {
  const [area, command, file] = args;
  if (area === 'catalog' && command === 'import' && file) return importCatalog(file);
  if (area === 'doctor' && command === undefined) return doctor();
  if (area === 'mcp' && command === undefined) return serveMcpOverStdio(loadConfig());
  console.error(USAGE);
  return 64;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? error.message
        : `tailor: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
