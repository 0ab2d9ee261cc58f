import { describe, expect, it } from 'vitest';
import { VersionedJsonCache } from '../../src/serialization/versioned-json-cache.js';

describe('VersionedJsonCache', () => {
  it('answers only for the same owner, id and version', () => {
    const cache = new VersionedJsonCache();
    cache.set('alice', { id: 'p1', version: 3 }, '{"v":3}');
    expect(cache.get('alice', { id: 'p1', version: 3 })).toBe('{"v":3}');
    expect(cache.get('alice', { id: 'p1', version: 4 })).toBeUndefined();
    expect(cache.get('alice', { id: 'p2', version: 3 })).toBeUndefined();
    expect(cache.get('bob', { id: 'p1', version: 3 })).toBeUndefined();
  });

  it('keeps one answer per owner: a newer version replaces the older one', () => {
    const cache = new VersionedJsonCache();
    cache.set('alice', { id: 'p1', version: 1 }, 'one');
    cache.set('alice', { id: 'p1', version: 2 }, 'two!');
    expect(cache.get('alice', { id: 'p1', version: 1 })).toBeUndefined();
    expect(cache.get('alice', { id: 'p1', version: 2 })).toBe('two!');
    expect(cache.size).toEqual({ entries: 1, chars: 4 });
  });

  it('stays within its bounds, dropping the least recently used first', () => {
    const cache = new VersionedJsonCache({ entries: 2, chars: 100 });
    cache.set('a', { id: 'a', version: 1 }, 'aaaa');
    cache.set('b', { id: 'b', version: 1 }, 'bbbb');
    cache.get('a', { id: 'a', version: 1 });
    cache.set('c', { id: 'c', version: 1 }, 'cccc');
    expect(cache.get('b', { id: 'b', version: 1 })).toBeUndefined();
    expect(cache.get('a', { id: 'a', version: 1 })).toBe('aaaa');
    expect(cache.size).toEqual({ entries: 2, chars: 8 });

    const small = new VersionedJsonCache({ entries: 100, chars: 100 });
    for (const owner of ['a', 'b', 'c']) small.set(owner, { id: owner, version: 1 }, 'x'.repeat(10));
    small.set('huge', { id: 'huge', version: 1 }, 'x'.repeat(11));
    expect(small.get('huge', { id: 'huge', version: 1 })).toBeUndefined();
    expect(small.size).toEqual({ entries: 3, chars: 30 });
    for (const owner of 'defghijk') small.set(owner, { id: owner, version: 1 }, 'x'.repeat(10));
    expect(small.size.chars).toBeLessThanOrEqual(100);
    expect(small.get('a', { id: 'a', version: 1 })).toBeUndefined();
  });
});
