import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import type { UseCases } from '../composition/use-cases.js';
import type { DownloadLinks } from './download-links.js';
import { toolError, toolResult, type McpLog } from './tool-result.js';

/** The features the MCP tools and resources call. */
export type McpUseCases = Pick<UseCases, 'profiles' | 'jobs' | 'generations'>;

/** Everything one MCP server needs; it serves exactly one user, resolved afresh for every call. */
export interface TailorMcpContext {
  useCases: McpUseCases;
  /**
   * The caller's user id. Over HTTP the request was authenticated before the server existed; over stdio the
   * configured key is checked again on every call, so a revoked key stops working at once.
   */
  userId: () => Promise<string>;
  links: DownloadLinks;
  /** Origin download links are served from (`https://tailor.example.org`); `null` gives a path. */
  publicOrigin: string | null;
  log: McpLog;
  now: () => Date;
}

export interface ToolConfig<Shape extends z.ZodRawShape> {
  title: string;
  description: string;
  inputSchema: Shape;
  annotations?: ToolAnnotations;
}

type ToolHandler<Shape extends z.ZodRawShape> = (
  args: z.infer<z.ZodObject<Shape>>,
  userId: string,
) => Promise<Record<string, unknown>>;

export interface ToolRegistrar extends TailorMcpContext {
  tool<Shape extends z.ZodRawShape>(
    name: string,
    config: ToolConfig<Shape>,
    handler: ToolHandler<Shape>,
  ): void;
}

/**
 * Registers tools whose handlers see the caller's id and return plain JSON; every failure becomes a tool
 * error with the API's error code (see toolError), never a protocol error the assistant cannot read.
 */
export function toolRegistrar(server: McpServer, context: TailorMcpContext): ToolRegistrar {
  return {
    ...context,
    tool(name, config, handler) {
      server.registerTool(name, config, (async (args: never) => {
        try {
          return toolResult(await handler(args, await context.userId()));
        } catch (error) {
          return toolError(error, context.log, name);
        }
      }) as never);
    },
  };
}
