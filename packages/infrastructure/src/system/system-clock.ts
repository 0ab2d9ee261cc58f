import type { IClock } from '@tailor/domain';

export class SystemClock implements IClock {
  now(): Date {
    return new Date();
  }
}
