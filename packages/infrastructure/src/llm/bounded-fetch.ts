/**
 * The most a provider's answer may weigh. A real answer is a few kilobytes (4,096 output tokens are about
 * 16 KB of text); anything near this bound is a broken or hostile server, and buffering it whole would cost
 * several times its size in memory (300 MB took 1.17 GB of RSS).
 */
export const MAX_PROVIDER_RESPONSE_BYTES = 4 * 1024 * 1024;

/** Raised while reading a provider's answer that is larger than the bound. */
export class ProviderResponseTooLargeError extends Error {
  override readonly name = 'ProviderResponseTooLargeError';
  constructor(readonly limitBytes: number) {
    super(`The provider's response is larger than ${limitBytes} bytes.`);
  }
}

/**
 * The ProviderResponseTooLargeError that `error` is or was caused by, if any: the SDKs wrap errors thrown by
 * their `fetch` (as connection errors) but not always those raised while they read the body.
 */
export function responseTooLargeIn(error: unknown): ProviderResponseTooLargeError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof ProviderResponseTooLargeError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A `fetch` for the provider SDKs whose response bodies stop at `limitBytes`: a declared Content-Length over
 * the bound is refused before reading, and a body that grows past it fails the read at that point (the
 * connection is cancelled), so no more than the bound is ever held in memory.
 */
export function boundedFetch(limitBytes: number, inner: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > limitBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new ProviderResponseTooLargeError(limitBytes);
    }
    if (!response.body) return response;
    let received = 0;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          received += chunk.byteLength;
          if (received > limitBytes) controller.error(new ProviderResponseTooLargeError(limitBytes));
          else controller.enqueue(chunk);
        },
      }),
    );
    return new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
