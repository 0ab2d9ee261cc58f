import type { IClock, IIdGenerator } from '@tailor/domain';

/** A clock that only moves when told to. */
export class FixedClock implements IClock {
  constructor(private current: Date = new Date('2026-01-15T09:00:00.000Z')) {}

  now(): Date {
    return new Date(this.current);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}

/** Predictable, sortable ids: "id-0001", "id-0002", … */
export class SequentialIds implements IIdGenerator {
  private counter = 0;

  constructor(private readonly prefix = 'id') {}

  next(): string {
    this.counter += 1;
    return `${this.prefix}-${String(this.counter).padStart(4, '0')}`;
  }
}
