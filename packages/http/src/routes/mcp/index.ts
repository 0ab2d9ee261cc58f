import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { envelope } from '../../errors/error-envelope.js';
import type { DownloadLinks } from '../../mcp/download-links.js';
import type { McpUseCases } from '../../mcp/tool-registrar.js';
import { caller, requireAuthentication } from '../../plugins/authentication.js';

/**
 * The MCP SDK (with its own JSON-schema validator) and our tool definitions are ~7 MB of heap that an
 * instance nobody talks MCP to never needs: loaded on the first POST /mcp, then kept.
 */
const importMcp = () =>
  Promise.all([
    import('@modelcontextprotocol/sdk/server/streamableHttp.js'),
    import('../../mcp/tailor-mcp-server.js'),
  ]);
let mcpModules: ReturnType<typeof importMcp> | undefined;
const loadMcp = () =>
  (mcpModules ??= importMcp().catch((error: unknown) => {
    mcpModules = undefined; // a failed load is retried by the next request, not remembered
    throw error;
  }));

/**
 * `POST /mcp`: the Model Context Protocol over Streamable HTTP, in stateless mode — every request brings its
 * own credentials and gets a fresh server bound to that caller, so any instance answers any request and
 * nothing is kept between requests. Authentication is the same hook as /api/v1 (a missing or bad bearer is
 * the usual 401 envelope before the body is read). Answers are plain JSON (no SSE stream): every tool
 * returns at once, long work is polled with get_generation. Described by the MCP specification and its own
 * `tools/list`, not by the OpenAPI document.
 */
export const mcpRoutes: FastifyPluginAsync<{ links: DownloadLinks; useCases: McpUseCases }> = async (
  app,
  { links, useCases },
) => {
  // The authentication plugin may already have decorated the request app-wide.
  if (!app.hasRequestDecorator('auth')) app.decorateRequest('auth', null);
  requireAuthentication(app);

  app.post('/mcp', { schema: { hide: true } }, async (request, reply) => {
    const { userId } = caller(request);
    const [{ StreamableHTTPServerTransport }, { createTailorMcpServer }] = await loadMcp();
    const server = createTailorMcpServer({
      useCases,
      userId: async () => userId,
      links,
      publicOrigin: `${request.protocol}://${request.host}`,
      log: request.log,
      now: () => new Date(),
    });
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    // The SDK writes the answer itself; keep the headers our hooks set (request id, security headers, CORS).
    reply.hijack();
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) reply.raw.setHeader(name, value);
    }
    reply.raw.on('close', () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(request.raw, reply.raw, request.body);
    } catch (error) {
      request.log.error({ err: error }, 'mcp request failed');
      if (!reply.raw.headersSent) {
        reply.raw.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        reply.raw.end(
          JSON.stringify(
            envelope('INTERNAL.ERROR', 'Something went wrong on our side.', { requestId: request.id }),
          ),
        );
      }
    }
  });

  // Stateless: no server-initiated stream to open (GET) and no session to end (DELETE). The specification
  // has clients treat 405 as "not offered".
  const notOffered = async (_request: unknown, reply: FastifyReply) =>
    reply
      .status(405)
      .header('allow', 'POST')
      .send(envelope('HTTP.METHOD_NOT_ALLOWED', 'This MCP endpoint is stateless: send requests with POST.'));
  app.get('/mcp', { schema: { hide: true } }, notOffered);
  app.delete('/mcp', { schema: { hide: true } }, notOffered);
};
