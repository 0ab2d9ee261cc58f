import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StorageSampleFileStore } from '../../src/samples/storage-sample-file-store.js';
import { LocalFileStorage } from '../../src/storage/local-file-storage.js';

const USER = '01JQ0000000000000000000000';
const SAMPLE = '01JQ0000000000000000000001';

describe('StorageSampleFileStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tailor-samples-'));
  const store = new StorageSampleFileStore(new LocalFileStorage(dir));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes under samples/<userId>/<sampleId>, replaces, deletes one and all (idempotently)', async () => {
    await store.put(USER, SAMPLE, new TextEncoder().encode('first'));
    await store.put(USER, SAMPLE, new TextEncoder().encode('second'));
    const path = join(dir, 'samples', USER, SAMPLE);
    expect(readFileSync(path, 'utf8')).toBe('second');
    await store.delete(USER, SAMPLE);
    await store.delete(USER, SAMPLE);
    expect(existsSync(path)).toBe(false);
    await store.put(USER, SAMPLE, new Uint8Array([1]));
    await store.deleteAllOfUser(USER);
    await store.deleteAllOfUser(USER);
    expect(existsSync(join(dir, 'samples', USER))).toBe(false);
  });

  it.each(['..', '../../etc', 'a/b', '', '01JQ00000000000000000000/x', '01jq0000000000000000000000'])(
    'refuses the id %j so no key can leave the user',
    async (bad) => {
      await expect(store.put(bad, SAMPLE, new Uint8Array([1]))).rejects.toThrow(/Refusing/u);
      await expect(store.put(USER, bad, new Uint8Array([1]))).rejects.toThrow(/Refusing/u);
      await expect(store.deleteAllOfUser(bad)).rejects.toThrow(/Refusing/u);
    },
  );
});
