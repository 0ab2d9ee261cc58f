import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { expect } from 'vitest';

type Json = Record<string, unknown>;

interface ToolCall {
  isError?: boolean;
  structuredContent?: Json;
  content?: Array<{ type: string; text?: string }>;
}

async function call(client: Client, name: string, args: Json): Promise<ToolCall> {
  const result = (await client.callTool({ name, arguments: args })) as ToolCall;
  // What a model reads is the text; it must say the same as the structured content.
  const text = result.content?.[0]?.text;
  if (result.structuredContent) expect(JSON.parse(text ?? 'null')).toEqual(result.structuredContent);
  return result;
}

/** A tool's JSON answer; fails the test with the tool's error when it reports one. */
export async function mcpToolJson(client: Client, name: string, args: Json): Promise<Json> {
  const result = await call(client, name, args);
  expect(result.isError ?? false, `${name}: ${JSON.stringify(result.content)}`).toBe(false);
  return result.structuredContent as Json;
}

/** A tool's error: the API's envelope with the HTTP status beside it. */
export async function mcpToolError(
  client: Client,
  name: string,
  args: Json,
): Promise<{ status: number; error: { code: string; message: string; details: Json } }> {
  const result = await call(client, name, args);
  expect(result.isError, `${name} should fail: ${JSON.stringify(result.content)}`).toBe(true);
  return result.structuredContent as never;
}

/** Polls get_generation (what an assistant does) until the generation ends. */
export async function untilGenerationEnds(client: Client, generationId: string): Promise<Json> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const generation = await mcpToolJson(client, 'get_generation', { generationId });
    if (['succeeded', 'failed', 'cancelled'].includes(String(generation.status))) return generation;
    if (Date.now() > deadline)
      throw new Error(`generation ${generationId} still ${String(generation.status)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
