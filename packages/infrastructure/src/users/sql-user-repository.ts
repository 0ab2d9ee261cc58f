import { User, UserErrors, type IUserRepository } from '@tailor/domain';
import { eq, sql } from 'drizzle-orm';
import { users } from '../persistence/schema/pg.js';
import type { SqlDatabase } from '../persistence/sql-database.js';
import { isUniqueViolation } from '../persistence/unique-violation.js';

export class SqlUserRepository implements IUserRepository {
  // Read on every authenticated request that needs the user (GET /auth/me) and on every login. No
  // `LIMIT ?`: a bound limit makes SQLite re-plan the statement on every run, and both keys are unique.
  private readonly byId;
  private readonly byEmail;

  constructor(private readonly database: SqlDatabase) {
    this.byId = database.prepare('users_by_id', (db) =>
      db
        .select()
        .from(users)
        .where(eq(users.id, sql.placeholder('id'))),
    );
    this.byEmail = database.prepare('users_by_email', (db) =>
      db
        .select()
        .from(users)
        .where(eq(users.email, sql.placeholder('email'))),
    );
  }

  async add(user: User): Promise<void> {
    try {
      await this.database.exec((db) => db.insert(users).values(user.toPrimitives()));
    } catch (error) {
      if (isUniqueViolation(error)) throw UserErrors.emailTaken();
      throw error;
    }
  }

  async update(user: User): Promise<void> {
    const { id, ...changes } = user.toPrimitives();
    await this.database.exec((db) => db.update(users).set(changes).where(eq(users.id, id)));
  }

  async findById(id: string): Promise<User | null> {
    const rows = await this.byId({ id });
    return rows[0] ? User.fromPrimitives(rows[0]) : null;
  }

  async findByEmail(email: string): Promise<User | null> {
    const rows = await this.byEmail({ email });
    return rows[0] ? User.fromPrimitives(rows[0]) : null;
  }

  async delete(id: string): Promise<boolean> {
    const deleted = await this.database.exec((db) =>
      db.delete(users).where(eq(users.id, id)).returning({ id: users.id }),
    );
    return deleted.length > 0;
  }
}
