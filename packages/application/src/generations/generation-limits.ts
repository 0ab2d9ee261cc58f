import { GenerationErrors, type IClock, type IGenerationRepository } from '@tailor/domain';

/** How many generations a user may start: per rolling hour, and per calendar month (UTC). */
export interface GenerationLimits {
  perHour: number;
  perMonth: number;
}

export const DEFAULT_GENERATION_LIMITS: GenerationLimits = { perHour: 10, perMonth: 200 };

const HOUR_MS = 3_600_000;

export const monthStart = (now: Date): Date => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
export const nextMonthStart = (now: Date): Date =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
/** `YYYY-MM` of an instant, in UTC. */
export const monthOf = (now: Date): string => now.toISOString().slice(0, 7);

/**
 * The lock a unit of work holds while it checks the limits and stores a generation, so concurrent starts of
 * one user are decided one after another on committed counts.
 */
export const generationLimitLock = (userId: string): string => `generations:${userId}`;

/**
 * Raises `GENERATION.RATE_LIMITED` (rolling hour) or `GENERATION.QUOTA_EXCEEDED` (calendar month) when the
 * user may not start another generation now, with `retryAfterSeconds` until one more is allowed. Deleted
 * generations still count (the repository keeps tombstones).
 */
export async function assertWithinLimits(
  generations: IGenerationRepository,
  clock: IClock,
  userId: string,
  limits: GenerationLimits,
): Promise<void> {
  const now = clock.now();
  const month = await generations.countSince(userId, monthStart(now));
  if (month.total >= limits.perMonth) {
    throw GenerationErrors.quotaExceeded(
      limits.perMonth,
      Math.max(1, Math.ceil((nextMonthStart(now).getTime() - now.getTime()) / 1000)),
    );
  }
  const hour = await generations.countSince(userId, new Date(now.getTime() - HOUR_MS));
  if (hour.total >= limits.perHour) {
    const oldest = hour.oldest ?? now;
    throw GenerationErrors.rateLimited(
      limits.perHour,
      Math.max(1, Math.ceil((oldest.getTime() + HOUR_MS - now.getTime()) / 1000)),
    );
  }
}
