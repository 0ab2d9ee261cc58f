import type { User } from './user.js';

export interface IUserRepository {
  /** Stores a new user. Raises `AUTH.EMAIL_TAKEN` when the (normalised) email already belongs to someone. */
  add(user: User): Promise<void>;
  /** Persists changes to an existing user; does nothing when the user no longer exists. */
  update(user: User): Promise<void>;
  /** The user, or `null` when there is none. */
  findById(id: string): Promise<User | null>;
  /** The user owning this normalised email, or `null`. */
  findByEmail(email: string): Promise<User | null>;
  /** Removes the user; `false` when there was none. */
  delete(id: string): Promise<boolean>;
}
