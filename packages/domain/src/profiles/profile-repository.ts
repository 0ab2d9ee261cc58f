import type { Profile } from './profile.js';

/** Which profile is the owner's default, and at which version (every change of a profile bumps it). */
export interface ProfileVersionRef {
  id: string;
  version: number;
}

/**
 * Storage of profiles. Every method is scoped by the owner's user id: a profile of another user is, to the
 * caller, a profile that does not exist.
 */
export interface IProfileRepository {
  /** Stores a new profile. Raises `PROFILE.CONFLICT` when it would make a second default for its owner. */
  add(profile: Profile): Promise<void>;
  /** The owner's profile, or `null` when there is none with this id (or it belongs to someone else). */
  findById(ownerId: string, id: string): Promise<Profile | null>;
  /** The owner's default profile, or `null` when they have no profile. One query. */
  findDefault(ownerId: string): Promise<Profile | null>;
  /**
   * The id and version of the owner's default profile, or `null` when they have none: a read of two small
   * columns, so a caller holding that version already can skip reading the whole profile.
   */
  findDefaultVersion(ownerId: string): Promise<ProfileVersionRef | null>;
  /** All the owner's profiles, oldest first (ties broken by id); empty when none. */
  listByOwner(ownerId: string): Promise<Profile[]>;
  /** How many profiles the owner keeps. */
  countByOwner(ownerId: string): Promise<number>;
  /**
   * Persists a changed profile if the stored one still has `expectedVersion`; otherwise changes nothing and
   * raises `PROFILE.VERSION_CONFLICT` (or `PROFILE.NOT_FOUND` when it no longer exists for this owner).
   * Raises `PROFILE.CONFLICT` when it would make a second default.
   */
  save(profile: Profile, expectedVersion: number): Promise<void>;
  /** Removes the owner's profile; `false` when there was none. */
  delete(ownerId: string, id: string): Promise<boolean>;
  /** Removes every profile of the owner (account deletion); returns how many. */
  deleteAllByOwner(ownerId: string): Promise<number>;
}
