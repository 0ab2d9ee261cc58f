import { randomUUID } from 'node:crypto';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { toErrorResponse } from '../errors/to-error-response.js';

/** Where a tool reports a failure it hides from the assistant (a server fault). */
export interface McpLog {
  error(details: Record<string, unknown>, message: string): void;
}

/** A tool's answer: the JSON as text (what every client shows the model) and as structured content. */
export const toolResult = (value: Record<string, unknown>): CallToolResult => ({
  content: [{ type: 'text', text: JSON.stringify(value) }],
  structuredContent: value,
});

/**
 * A failure as a tool error the assistant can read and act on: the same envelope and code the HTTP API would
 * answer (`JOB.NOT_FOUND` for another user's job, `GENERATION.RATE_LIMITED`, …), with the HTTP status beside
 * it. Server faults are hidden behind `INTERNAL.ERROR` and a reference, exactly as on HTTP.
 */
export function toolError(error: unknown, log: McpLog, tool: string): CallToolResult {
  const reference = randomUUID();
  const { status, body } = toErrorResponse(error, reference);
  if (status >= 500) log.error({ err: error, tool, reference }, 'mcp tool failed');
  const value = { ...body, status };
  return {
    content: [{ type: 'text', text: JSON.stringify(value) }],
    structuredContent: value,
    isError: true,
  };
}
