import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeStorageContract } from '../storage-harness.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | null) => (value === null ? null : new TextDecoder().decode(value));

describeStorageContract('IStorage', (context) => {
  const storage = () => context().storage;

  it('puts, gets, checks and deletes, with the SHA-256 of the bytes', async () => {
    const stored = await storage().put('users/u1/exports/e1.pdf', bytes('%PDF-1.7 hello'), 'application/pdf');
    expect(stored).toEqual({
      key: 'users/u1/exports/e1.pdf',
      bytes: 14,
      sha256: createHash('sha256').update('%PDF-1.7 hello').digest('hex'),
    });
    expect(text(await storage().get('users/u1/exports/e1.pdf'))).toBe('%PDF-1.7 hello');
    expect(await storage().exists('users/u1/exports/e1.pdf')).toBe(true);
    // A folder of keys is not itself a key.
    expect(await storage().exists('users/u1/exports')).toBe(false);
    expect(await storage().get('users/u1/exports')).toBeNull();
    await storage().delete('users/u1/exports/e1.pdf');
    expect(await storage().get('users/u1/exports/e1.pdf')).toBeNull();
    expect(await storage().exists('users/u1/exports/e1.pdf')).toBe(false);
    await expect(storage().delete('users/u1/exports/e1.pdf')).resolves.toBeUndefined();
  });

  it('keeps every byte value, an empty file and a 3 MB file intact', async () => {
    const everyByte = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
    const large = Uint8Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 31) % 251);
    await storage().put('a/every-byte.bin', everyByte, 'application/octet-stream');
    await storage().put('a/empty.txt', new Uint8Array(), 'text/plain');
    const stored = await storage().put('a/large.bin', large, 'application/octet-stream');
    expect(Buffer.from((await storage().get('a/every-byte.bin'))!)).toEqual(Buffer.from(everyByte));
    expect((await storage().get('a/empty.txt'))?.byteLength).toBe(0);
    expect(await storage().exists('a/empty.txt')).toBe(true);
    const read = (await storage().get('a/large.bin'))!;
    expect(createHash('sha256').update(read).digest('hex')).toBe(stored.sha256);
  });

  it('overwrites: 20 concurrent puts leave one whole version', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        storage().put('a/b.txt', bytes(`version ${i} `.repeat(5000)), 'text/plain'),
      ),
    );
    const content = text(await storage().get('a/b.txt'))!;
    expect(content).toMatch(/^(version \d+ )+$/u);
    expect(new Set(content.match(/\d+/gu)).size).toBe(1);
    expect(await storage().deletePrefix('a/')).toBe(1);
  });

  it('deletes a whole prefix, by segments, and counts what it removed', async () => {
    await storage().put('users/42/exports/1.pdf', bytes('1'), 'application/pdf');
    await storage().put('users/42/uploads/cv.docx', bytes('2'), 'application/octet-stream');
    await storage().put('users/420/exports/1.pdf', bytes('3'), 'application/pdf');
    await storage().put('users/4_2/exports/1.pdf', bytes('4'), 'application/pdf');
    expect(await storage().deletePrefix('users/42/')).toBe(2);
    expect(await storage().exists('users/42/exports/1.pdf')).toBe(false);
    expect(await storage().exists('users/42/uploads/cv.docx')).toBe(false);
    expect(await storage().exists('users/420/exports/1.pdf')).toBe(true);
    expect(await storage().exists('users/4_2/exports/1.pdf')).toBe(true);
    expect(await storage().deletePrefix('users/nobody/')).toBe(0);
    // Without the slash it is the same folder.
    expect(await storage().deletePrefix('users/420')).toBe(1);
    expect(await storage().exists('users/420/exports/1.pdf')).toBe(false);
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
  ])('refuses the key %j in every method', async (key, reason) => {
    const refused = { code: 'STORAGE.INVALID_KEY', details: { reason } };
    await expect(storage().put(key, bytes('x'), 'text/plain')).rejects.toMatchObject(refused);
    await expect(storage().get(key)).rejects.toMatchObject(refused);
    await expect(storage().exists(key)).rejects.toMatchObject(refused);
    await expect(storage().delete(key)).rejects.toMatchObject(refused);
  });

  it('refuses prefixes that leave the root', async () => {
    await storage().put('a/b.txt', bytes('kept'), 'text/plain');
    await expect(storage().deletePrefix('../')).rejects.toMatchObject({ code: 'STORAGE.INVALID_KEY' });
    await expect(storage().deletePrefix('/')).rejects.toMatchObject({ code: 'STORAGE.INVALID_KEY' });
    await expect(storage().deletePrefix('')).rejects.toMatchObject({ code: 'STORAGE.INVALID_KEY' });
    expect(await storage().exists('a/b.txt')).toBe(true);
  });
});
