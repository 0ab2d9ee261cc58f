import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerJobTools } from './job-tools.js';
import { registerResources } from './resources.js';
import { registerTailoringTools } from './tailoring-tools.js';
import { toolRegistrar, type TailorMcpContext } from './tool-registrar.js';

export type { TailorMcpContext } from './tool-registrar.js';

const INSTRUCTIONS =
  "Tailor holds the user's career profile and the jobs they are applying to. Typical flow: save_job (text, pasted page or URL) → match_job → tailor_document → get_generation until succeeded → export_document, and update_application when they apply. Every id belongs to this user; another user's id is answered as not found.";

/**
 * One MCP server acting for one user over any transport. It is cheap to build, so HTTP builds one per request
 * (stateless: any instance can answer any request) and stdio one per process.
 */
export function createTailorMcpServer(context: TailorMcpContext): McpServer {
  const server = new McpServer(
    { name: 'tailor', version: '0.1.0' },
    { capabilities: { tools: {}, resources: {} }, instructions: INSTRUCTIONS },
  );
  const registrar = toolRegistrar(server, context);
  registerJobTools(registrar);
  registerTailoringTools(registrar);
  registerResources(server, context);
  return server;
}
