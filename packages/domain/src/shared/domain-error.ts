/**
 * The statuses a domain failure may answer with over HTTP. They are declared beside each code (in the
 * feature's `<feature>.errors.ts`) so a reader sees what a client gets without opening the HTTP layer.
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 500 | 502 | 503 | 504;

/** One feature's error codes, each with its status. */
export type ErrorStatusTable = Readonly<Record<string, ErrorStatus>>;

/**
 * A failure the domain can name. `code` is stable and public (clients branch on it, the HTTP layer reads
 * its status from the code's table); `message` is a human sentence; `details` carries structured,
 * non-secret context.
 *
 * The constructor is private: an error is made only through `DomainError.factory(table)`, whose codes are
 * the keys of a status table, so a code without a status does not compile.
 */
export class DomainError<Code extends string = string> extends Error {
  override readonly name = 'DomainError';

  private constructor(
    readonly code: Code,
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
  }

  /** A maker of errors whose codes are exactly the keys of `statuses`. */
  static factory<Table extends ErrorStatusTable>(statuses: Table) {
    void statuses; // only its type matters here; the HTTP layer reads the values through ERROR_STATUS
    return <Code extends keyof Table & string>(
      code: Code,
      message: string,
      details: Record<string, unknown> = {},
    ): DomainError<Code> => new DomainError(code, message, details);
  }

  /**
   * An error recorded earlier (a failed generation's stored error) raised again as it was: its code was
   * declared with a status when it was first raised.
   */
  static restore(stored: { code: string; message: string; details?: Record<string, unknown> }): DomainError {
    return new DomainError(stored.code, stored.message, stored.details ?? {});
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
