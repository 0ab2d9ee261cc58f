import type { IIdGenerator } from '@tailor/domain';
import { monotonicFactory } from 'ulid';

/** ULIDs, monotonic within a millisecond so ids created in one burst still sort in creation order. */
export class UlidIdGenerator implements IIdGenerator {
  private readonly generate = monotonicFactory();

  next(): string {
    return this.generate();
  }
}
