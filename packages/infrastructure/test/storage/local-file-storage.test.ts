import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalFileStorage } from '../../src/storage/local-file-storage.js';

// What every storage must do is in test/contracts/storage.contract.test.ts; here, what only the disk can show.
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
  it('overwrites through a temporary file and leaves none behind', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        storage.put('a/b.txt', bytes(`version ${i} `.repeat(5000)), 'text/plain'),
      ),
    );
    expect(readdirSync(join(root, 'a'))).toEqual(['b.txt']);
  });

  it.each(['../secret.txt', 'a/../../secret.txt', '/etc/passwd', 'a\\..\\..\\secret.txt'])(
    'never touches a file outside the root through %j',
    async (key) => {
      await expect(storage.delete(key)).rejects.toMatchObject({ code: 'STORAGE.INVALID_KEY' });
      await expect(storage.deletePrefix(key)).rejects.toMatchObject({ code: 'STORAGE.INVALID_KEY' });
      await expect(storage.put(key, bytes('x'), 'text/plain')).rejects.toMatchObject({
        code: 'STORAGE.INVALID_KEY',
      });
      expect(existsSync(join(base, 'secret.txt'))).toBe(true);
    },
  );
});
