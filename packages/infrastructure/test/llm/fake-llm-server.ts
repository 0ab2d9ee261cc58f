import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** One scripted answer: a status + JSON body (+ headers), or `hang` to never answer. */
export type Scripted = { status: number; body: unknown; headers?: Record<string, string> } | { hang: true };

/**
 * A wire-level fake of an LLM API on 127.0.0.1 (random port), answering each request with the next
 * scripted reply (the last one repeats). Records every request so tests can check what the SDK sent.
 */
export class FakeLlmServer {
  readonly requests: RecordedRequest[] = [];
  private script: Array<Scripted | ((request: RecordedRequest) => Scripted)> = [];
  private readonly hanging = new Set<ServerResponse>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeLlmServer> {
    const server = createServer();
    const fake = new FakeLlmServer(server);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => fake.answer(request, Buffer.concat(chunks).toString('utf8'), response));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Replaces the script. */
  reply(...script: Array<Scripted | ((request: RecordedRequest) => Scripted)>): this {
    this.script = script;
    this.requests.length = 0;
    return this;
  }

  private answer(request: IncomingMessage, raw: string, response: ServerResponse): void {
    const recorded: RecordedRequest = {
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
    };
    this.requests.push(recorded);
    const next = this.script.length > 1 ? this.script.shift() : this.script[0];
    const scripted = typeof next === 'function' ? next(recorded) : next;
    if (!scripted) {
      response.writeHead(500).end('{"error":{"message":"no script"}}');
      return;
    }
    if ('hang' in scripted) {
      this.hanging.add(response);
      return;
    }
    response.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers });
    response.end(JSON.stringify(scripted.body));
  }

  async close(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** An OpenAI chat-completions answer. */
export const openAiReply = (content: string, usage = { prompt_tokens: 120, completion_tokens: 30 }) => ({
  status: 200,
  body: {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop' }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  },
});

export const openAiError = (status: number, message: string, headers?: Record<string, string>) => ({
  status,
  body: { error: { message, type: 'invalid_request_error', code: null } },
  ...(headers ? { headers } : {}),
});

/** An Anthropic Messages answer calling the given tool with `input`. */
export const anthropicToolReply = (
  toolName: string,
  input: unknown,
  usage = { input_tokens: 200, output_tokens: 40 },
) => ({
  status: 200,
  body: {
    id: 'msg_test',
    type: 'message',
    role: 'assistant',
    model: 'claude-3-5-haiku-20241022',
    content: [{ type: 'tool_use', id: 'toolu_1', name: toolName, input }],
    stop_reason: 'tool_use',
    stop_sequence: null,
    usage,
  },
});

export const anthropicTextReply = (text: string, usage = { input_tokens: 200, output_tokens: 40 }) => ({
  status: 200,
  body: {
    id: 'msg_test',
    type: 'message',
    role: 'assistant',
    model: 'claude-3-5-haiku-20241022',
    content: [{ type: 'text', text }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage,
  },
});

export const anthropicError = (status: number, message: string, headers?: Record<string, string>) => ({
  status,
  body: { type: 'error', error: { type: 'api_error', message } },
  ...(headers ? { headers } : {}),
});
