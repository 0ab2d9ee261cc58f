import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';
import type * as Undici from 'undici';
import { ImportErrors, type FetchedPage, type IPageFetcher } from '@tailor/domain';

export interface SafePageFetcherOptions {
  /** Let imports reach loopback, private and link-local addresses (tests, intranets). Off by default. */
  readonly allowPrivate: boolean;
  readonly timeoutMs: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
}

const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 3;
const MEDIA_TYPES = new Map([
  ['text/html', 'text/html'],
  ['application/xhtml+xml', 'text/html'],
  ['application/json', 'application/json'],
  ['application/ld+json', 'application/json'],
  ['text/plain', 'text/plain'],
]);

/** undici's request function and the agent that applies the address rules, made together on first use. */
interface Client {
  readonly request: typeof Undici.request;
  readonly agent: Undici.Agent;
}

/** Raised inside the connection's DNS lookup; found again in the error's cause chain. */
class BlockedAddressError extends Error {
  constructor(readonly address: string) {
    super(`address ${address} is not public`);
  }
}

/** Only ordinary public unicast addresses; IPv4-mapped IPv6 is judged as the IPv4 address it carries. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** Drops a response body without reading it; the abort error destroying it raises is expected. */
function discard(body: { on(event: 'error', listener: () => void): unknown; destroy(): void }): void {
  body.on('error', () => {});
  body.destroy();
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (
    let e = error;
    e !== undefined && e !== null && chain.length < 10;
    e = (e as { cause?: unknown }).cause
  )
    chain.push(e);
  return chain;
}

function charsetOf(contentType: string, head: Uint8Array): string {
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (declared) return declared;
  const sniff = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(sniff)?.[1] ?? 'utf-8';
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Fetches a page for import with the rules of a public-facing server: http(s) only, at most 3 redirects,
 * 2 MB, a time limit, three media types, and no internal addresses. The address check runs inside the
 * connection's own DNS lookup, so the address judged is the address connected to (a DNS answer that changes
 * between a check and the connection — rebinding — cannot slip through); IP literals are checked up front
 * because sockets skip the lookup for them.
 */
export class SafePageFetcher implements IPageFetcher {
  private client: Promise<Client> | undefined;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;

  constructor(private readonly options: SafePageFetcherOptions) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  }

  /**
   * undici is ~4.5 MB of heap (~10 MB resident) that only an import from a URL needs: it is loaded, and
   * the agent made, on the first fetch. A failed load is not remembered, so the next fetch tries again.
   */
  private connect(): Promise<Client> {
    this.client ??= import('undici').then(
      (undici) => ({ request: undici.request, agent: this.createAgent(undici.Agent) }),
      (error: unknown) => {
        this.client = undefined;
        throw error;
      },
    );
    return this.client;
  }

  private createAgent(Agent: typeof Undici.Agent): Undici.Agent {
    const { allowPrivate, timeoutMs } = this.options;
    return new Agent({
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      connect: {
        timeout: timeoutMs,
        lookup(hostname: string, lookupOptions: LookupOptions, done: unknown) {
          const callback = done as (...args: unknown[]) => void;
          dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses: LookupAddress[]) => {
            if (error) return callback(error);
            const blocked = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
            if (blocked) return callback(new BlockedAddressError(blocked.address));
            if (lookupOptions.all) return callback(null, addresses);
            const first = addresses[0];
            if (!first) return callback(new Error(`no address for ${hostname}`));
            return callback(null, first.address, first.family);
          });
        },
      },
    });
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await (await client).agent.close();
  }

  async fetch(raw: string): Promise<FetchedPage> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let url = this.check(raw);
    const { request, agent } = await this.connect();
    for (let hop = 0; ; hop++) {
      let response: Undici.Dispatcher.ResponseData;
      try {
        response = await request(url, {
          dispatcher: agent,
          method: 'GET',
          signal,
          headers: {
            'user-agent': 'TailorJobImport/1.0',
            accept: 'text/html,application/json;q=0.9,text/plain;q=0.8',
          },
        });
      } catch (error) {
        throw this.translate(error, signal);
      }
      const { statusCode, headers, body } = response;
      if (statusCode >= 300 && statusCode < 400 && headers['location'] !== undefined) {
        discard(body);
        if (hop >= this.maxRedirects)
          throw ImportErrors.fetchFailed('too many redirects', { maxRedirects: this.maxRedirects });
        const location = String(headers['location']);
        url = this.check(new URL(location, url).toString());
        continue;
      }
      if (statusCode < 200 || statusCode >= 300) {
        discard(body);
        throw ImportErrors.fetchFailed(`the server answered ${statusCode}`, { status: statusCode });
      }
      const contentTypeHeader = String(headers['content-type'] ?? '');
      const mediaType = MEDIA_TYPES.get(contentTypeHeader.split(';')[0]!.trim().toLowerCase());
      if (mediaType === undefined) {
        discard(body);
        throw ImportErrors.urlNotAllowed(
          `the page is ${contentTypeHeader || 'of no declared type'}, not HTML, JSON or plain text`,
        );
      }
      const declared = Number(headers['content-length'] ?? NaN);
      if (Number.isFinite(declared) && declared > this.maxBytes) {
        discard(body);
        throw ImportErrors.fetchFailed('the page is larger than 2 MB', { maxBytes: this.maxBytes });
      }
      const bytes = await this.readCapped(body, signal);
      return { url, contentType: mediaType, body: decode(bytes, charsetOf(contentTypeHeader, bytes)) };
    }
  }

  private async readCapped(body: Undici.Dispatcher.ResponseData['body'], signal: AbortSignal) {
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of body) {
        size += chunk.byteLength;
        if (size > this.maxBytes) {
          discard(body);
          throw ImportErrors.fetchFailed('the page is larger than 2 MB', { maxBytes: this.maxBytes });
        }
        chunks.push(chunk);
      }
    } catch (error) {
      throw this.translate(error, signal);
    }
    return Buffer.concat(chunks);
  }

  /** Parses and checks a URL before any connection: scheme, credentials, and literal addresses. */
  private check(raw: string): string {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw ImportErrors.urlNotAllowed('it is not a valid URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw ImportErrors.urlNotAllowed('only http and https URLs are fetched');
    if (url.username !== '' || url.password !== '')
      throw ImportErrors.urlNotAllowed('URLs with credentials are not fetched');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!this.options.allowPrivate) {
      if (ipaddr.isValid(host) && !isPublicAddress(host))
        throw ImportErrors.urlNotAllowed('the address is internal');
      if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(host))
        throw ImportErrors.urlNotAllowed('the address is internal');
    }
    return url.toString();
  }

  private translate(error: unknown, signal: AbortSignal): Error {
    const chain = causeChain(error);
    const domain = chain.find(
      (e) => e instanceof Error && 'code' in e && String(e.code).startsWith('IMPORT.'),
    );
    if (domain) return domain as Error;
    if (chain.some((e) => e instanceof BlockedAddressError))
      return ImportErrors.urlNotAllowed('the address is internal');
    const timedOut =
      signal.aborted ||
      chain.some(
        (e) =>
          e instanceof Error &&
          (e.name === 'TimeoutError' ||
            ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT'].includes(
              String((e as { code?: unknown }).code),
            )),
      );
    if (timedOut) return ImportErrors.fetchTimeout(this.options.timeoutMs);
    const code = chain.map((e) => (e as { code?: unknown })?.code).find((c) => typeof c === 'string');
    return ImportErrors.fetchFailed('the connection failed', code ? { cause: code } : {});
  }
}
