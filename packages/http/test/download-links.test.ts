import { describe, expect, it } from 'vitest';
import { DOWNLOAD_LINK_TTL_SECONDS, DownloadLinks } from '../src/mcp/download-links.js';

const SECRET = 'download-links-test-secret-0123456789';
const grant = {
  userId: '01JD3N8Q5X7W2V4T6R8P0M2K4H',
  documentId: '01JD3N8Q5X7W2V4T6R8P0M2K4J',
  exportId: '01JD3N8Q5X7W2V4T6R8P0M2K4K',
};
const issuedAt = new Date('2026-12-06T14:00:00.000Z');
const tokenOf = (path: string) => path.slice(path.indexOf('token=') + 'token='.length);

describe('signed download links', () => {
  const links = new DownloadLinks(SECRET);
  const signed = links.sign(grant, issuedAt);
  const token = tokenOf(signed.path);

  it('grant exactly what was signed until the expiry, and nothing from then on', () => {
    expect(signed.expiresAt.getTime() - issuedAt.getTime()).toBe(DOWNLOAD_LINK_TTL_SECONDS * 1000);
    expect(links.verify(token, issuedAt)).toEqual(grant);
    expect(links.verify(token, new Date(signed.expiresAt.getTime() - 1))).toEqual(grant);
    expect(links.verify(token, signed.expiresAt)).toBeNull();
  });

  it('are accepted by every instance holding the same secret, and by no other', () => {
    expect(new DownloadLinks(SECRET).verify(token, issuedAt)).toEqual(grant);
    expect(new DownloadLinks(`${SECRET}-other`).verify(token, issuedAt)).toBeNull();
  });

  it('refuse any change to the grant or the signature, and malformed tokens', () => {
    const [payload, mac] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const reissued = (change: Record<string, unknown>) =>
      `${Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url')}.${mac}`;
    for (const forged of [
      reissued({ u: '01JD3N8Q5X7W2V4T6R8P0M2K4Z' }),
      reissued({ x: Number(claims.x) + 3600 }),
      `${payload}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
      `${payload}.`,
      payload,
      '',
      `${'a'.repeat(500)}.${mac}`,
      `${Buffer.from('not json').toString('base64url')}.${mac}`,
    ]) {
      expect(links.verify(forged, issuedAt), forged).toBeNull();
    }
  });
});
