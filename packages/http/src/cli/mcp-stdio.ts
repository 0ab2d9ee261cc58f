import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { composeApp, createContainer } from '../composition-root.js';
import type { AppConfig } from '../config/config.js';
import { ConfigError } from '../config/config.js';
import { DownloadLinks } from '../mcp/download-links.js';
import { createTailorMcpServer } from '../mcp/tailor-mcp-server.js';

/**
 * The variables of `pnpm tailor mcp` only (the assistant's configuration sets them, not the server's): who
 * the process acts for, and where the server that opens download links is reachable.
 */
const stdioEnv = z.object({
  TAILOR_API_KEY: z
    .string({ error: 'is required: a personal API key (tlr_…) of the user the assistant acts for' })
    .trim()
    .min(1, 'is required: a personal API key (tlr_…) of the user the assistant acts for')
    .max(4_096),
  TAILOR_URL: z
    .url({ protocol: /^https?$/u, error: 'must be an http(s) URL, e.g. http://127.0.0.1:8000' })
    .transform((url) => url.replace(/\/+$/u, ''))
    .optional(),
});

function readStdioEnv(env: NodeJS.ProcessEnv, config: AppConfig) {
  const parsed = stdioEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${String(issue?.path[0])} ${issue?.message ?? 'is not valid'}`);
  }
  const origin = parsed.data.TAILOR_URL ?? `http://${config.host}:${config.port}`;
  return { credential: parsed.data.TAILOR_API_KEY, origin };
}

/** Messages for the assistant's log: stdout carries the protocol and nothing else. */
const stderrLog = {
  error(details: Record<string, unknown>, message: string) {
    console.error(`tailor mcp: ${message}`, details);
  },
};

/**
 * `pnpm tailor mcp`: the MCP server over stdin/stdout for a desktop assistant, acting for the user whose
 * API key is in TAILOR_API_KEY. It opens the database itself (the same DATABASE_URL as the server) and runs
 * the background tasks it starts, so it works without a server; download links point at TAILOR_URL. The key
 * is checked again on every call through the same authentication as HTTP: revoking it ends access at once.
 */
export async function serveMcpOverStdio(
  config: AppConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const { credential, origin } = readStdioEnv(env, config);
  // Anything a library prints must not corrupt the JSON-RPC stream.
  console.log = console.error;
  console.info = console.error;

  const { useCases, start, stop } = composeApp(createContainer(config), stderrLog);
  await start();
  try {
    const authorization = `Bearer ${credential}`;
    const userId = async () => (await useCases.accounts.authenticate.execute(authorization)).userId;
    await userId().catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConfigError(`TAILOR_API_KEY was refused: ${reason}`);
    });

    const server = createTailorMcpServer({
      useCases,
      userId,
      links: new DownloadLinks(config.jwtSecret),
      publicOrigin: origin,
      log: stderrLog,
      now: () => new Date(),
    });
    const transport = new StdioServerTransport();
    const ended = new Promise<void>((resolve) => {
      process.stdin.once('end', resolve);
      process.stdin.once('close', resolve);
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.connect(transport);
    await ended;
    await server.close();
    return 0;
  } finally {
    await stop();
  }
}
