/**
 * A typed client for the Tailor API. The types come from the OpenAPI document the routes generate
 * (`pnpm client:generate`; CI fails when they are out of date), the requests from openapi-fetch:
 * `client.GET('/api/v1/jobs/{id}', { params: { path: { id } } })` is checked against the document.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './generated/openapi.js';

export type { components, operations, paths } from './generated/openapi.js';
export { readEventStream, type ServerSentEvent } from './event-stream.js';

/** The schemas of the document by name: `Schemas['Generation']`. */
export type Schemas = components['schemas'];

export type TailorClient = Client<paths>;

export interface TailorClientOptions {
  /** The server's origin, e.g. `http://127.0.0.1:3000` (paths carry `/api/v1`). */
  baseUrl: string;
  /** Read before each request, so a client made before login picks up the token afterwards. */
  accessToken?: () => string | undefined;
  fetch?: (request: Request) => Promise<Response>;
}

export function createTailorClient(options: TailorClientOptions): TailorClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const { accessToken } = options;
  if (accessToken) {
    client.use({
      onRequest({ request }) {
        const token = accessToken();
        if (token) request.headers.set('authorization', `Bearer ${token}`);
        return request;
      },
    });
  }
  return client;
}
