import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalFileStorage } from './local-file-storage.js';

let base: string;
let root: string;
let storage: LocalFileStorage;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'tailor-storage-'));
  root = join(base, 'files');
  storage = new LocalFileStorage(root);
  writeFileSync(join(base, 'secret.txt'), 'outside the root');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('LocalFileStorage', () => {
  it('puts, gets, checks and deletes with a SHA-256 of the bytes', async () => {
    const stored = await storage.put('users/u1/exports/e1.pdf', bytes('%PDF-1.7 hello'), 'application/pdf');
    expect(stored).toEqual({
      key: 'users/u1/exports/e1.pdf',
      bytes: 14,
      sha256: createHash('sha256').update('%PDF-1.7 hello').digest('hex'),
    });
    expect(new TextDecoder().decode((await storage.get('users/u1/exports/e1.pdf')) ?? undefined)).toBe(
      '%PDF-1.7 hello',
    );
    expect(await storage.exists('users/u1/exports/e1.pdf')).toBe(true);
    expect(await storage.exists('users/u1/exports')).toBe(false);
    await storage.delete('users/u1/exports/e1.pdf');
    expect(await storage.get('users/u1/exports/e1.pdf')).toBeNull();
    await expect(storage.delete('users/u1/exports/e1.pdf')).resolves.toBeUndefined();
  });

  it('overwrites atomically and leaves no temporary files', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        storage.put('a/b.txt', bytes(`version ${i} `.repeat(5000)), 'text/plain'),
      ),
    );
    const content = new TextDecoder().decode((await storage.get('a/b.txt')) ?? undefined);
    expect(content).toMatch(/^(version \d+ )+$/u);
    expect(
      new Set(
        content
          .trim()
          .split(' ')
          .filter((w) => w !== 'version'),
      ).size,
    ).toBe(1);
    expect(readdirSync(join(root, 'a'))).toEqual(['b.txt']);
  });

  it('deletes a whole prefix, by segments', async () => {
    await storage.put('users/42/exports/1.pdf', bytes('1'), 'application/pdf');
    await storage.put('users/42/uploads/cv.docx', bytes('2'), 'application/octet-stream');
    await storage.put('users/420/exports/1.pdf', bytes('3'), 'application/pdf');
    expect(await storage.deletePrefix('users/42/')).toBe(2);
    expect(await storage.exists('users/42/exports/1.pdf')).toBe(false);
    expect(await storage.exists('users/420/exports/1.pdf')).toBe(true);
    expect(await storage.deletePrefix('users/nobody/')).toBe(0);
  });

  it.each([
    ['../secret.txt', 'relative segment'],
    ['a/../../secret.txt', 'relative segment'],
    ['/etc/passwd', 'absolute path'],
    ['a\\..\\..\\secret.txt', 'contains a backslash'],
    ['a/b\0.txt', 'contains NUL'],
    ['a//b.txt', 'empty segment'],
    ['a/./b.txt', 'relative segment'],
    ['', 'empty'],
    ['a/.tmp-x', 'hidden segment'],
    ['a/b c.txt', 'only letters, digits, ".", "_" and "-"'],
  ])('refuses the key %j', async (key, reason) => {
    const refused = { code: 'STORAGE.INVALID_KEY', details: { reason } };
    await expect(storage.put(key, bytes('x'), 'text/plain')).rejects.toMatchObject(refused);
    await expect(storage.get(key)).rejects.toMatchObject(refused);
    await expect(storage.exists(key)).rejects.toMatchObject(refused);
    await expect(storage.delete(key)).rejects.toMatchObject(refused);
    expect(existsSync(join(base, 'secret.txt'))).toBe(true);
  });

  it('refuses prefixes that leave the root', async () => {
    await expect(storage.deletePrefix('../')).rejects.toMatchObject({ code: 'STORAGE.INVALID_KEY' });
    await expect(storage.deletePrefix('/')).rejects.toMatchObject({ code: 'STORAGE.INVALID_KEY' });
    expect(existsSync(join(base, 'secret.txt'))).toBe(true);
  });
});
