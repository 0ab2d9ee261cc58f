import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** How long a link handed to an assistant opens the file: long enough to click, short enough to leak little. */
export const DOWNLOAD_LINK_TTL_SECONDS = 10 * 60;

export interface DownloadGrant {
  userId: string;
  documentId: string;
  exportId: string;
}

export interface SignedDownloadLink {
  /** Path and query under the server's origin: `/api/v1/downloads?token=…`. */
  path: string;
  expiresAt: Date;
}

const TOKEN = /^([A-Za-z0-9_-]{1,400})\.([A-Za-z0-9_-]{43})$/u;

/**
 * Short-lived links to one stored export, for clients that cannot send a bearer header (an assistant handing
 * the user a link). The token is the grant (owner, document, export, expiry) and an HMAC-SHA256 over it, under
 * a key derived from the JWT secret for this purpose only, so every instance sharing the secret accepts it and
 * nothing is stored. The file is still read through the owner-scoped download use case: a link to a deleted
 * export or account finds nothing.
 */
export class DownloadLinks {
  private readonly key: Buffer;

  constructor(jwtSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', jwtSecret, 'tailor', 'export-download-links', 32));
  }

  sign(grant: DownloadGrant, now: Date): SignedDownloadLink {
    const expiresAt = new Date(Math.floor(now.getTime() / 1000 + DOWNLOAD_LINK_TTL_SECONDS) * 1000);
    const payload = Buffer.from(
      JSON.stringify({
        u: grant.userId,
        d: grant.documentId,
        e: grant.exportId,
        x: expiresAt.getTime() / 1000,
      }),
    ).toString('base64url');
    return { path: `/api/v1/downloads?token=${payload}.${this.mac(payload)}`, expiresAt };
  }

  /** The grant of a genuine, unexpired token; `null` for anything else (forged, altered, expired, malformed). */
  verify(token: string, now: Date): DownloadGrant | null {
    const match = TOKEN.exec(token);
    if (!match) return null;
    const [, payload, mac] = match as unknown as [string, string, string];
    const expected = Buffer.from(this.mac(payload));
    if (!timingSafeEqual(Buffer.from(mac), expected)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
      const { u, d, e, x } = claims;
      if (typeof u !== 'string' || typeof d !== 'string' || typeof e !== 'string' || typeof x !== 'number') {
        return null;
      }
      if (x * 1000 <= now.getTime()) return null;
      return { userId: u, documentId: d, exportId: e };
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
