import { User, UserErrors, type IUserRepository, type UserPrimitives } from '@tailor/domain';
import type { InMemoryStore } from './in-memory-store.js';

export class InMemoryUserRepository implements IUserRepository {
  constructor(private readonly store: InMemoryStore) {}

  private get rows() {
    return this.store.table<UserPrimitives>('users');
  }

  async add(user: User): Promise<void> {
    const row = user.toPrimitives();
    if ([...this.rows.values()].some((existing) => existing.email === row.email))
      throw UserErrors.emailTaken();
    this.rows.set(row.id, structuredClone(row));
  }

  async update(user: User): Promise<void> {
    if (this.rows.has(user.id)) this.rows.set(user.id, structuredClone(user.toPrimitives()));
  }

  async findById(id: string): Promise<User | null> {
    const row = this.rows.get(id);
    return row ? User.fromPrimitives(structuredClone(row)) : null;
  }

  async findByEmail(email: string): Promise<User | null> {
    const row = [...this.rows.values()].find((candidate) => candidate.email === email);
    return row ? User.fromPrimitives(structuredClone(row)) : null;
  }

  // Mirrors the database's ON DELETE CASCADE from the user's owned rows.
  async delete(id: string): Promise<boolean> {
    const usage = this.store.table<{ userId: string | null }>('llm_usage');
    for (const [key, entry] of usage) if (entry.userId === id) usage.delete(key);
    return this.rows.delete(id);
  }
}
