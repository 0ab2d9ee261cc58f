import type { ItemInputOf, ItemKind, ItemOf } from '@tailor/domain';
import {
  changeProfile,
  toProfileView,
  type ProfileUseCaseDeps,
  type ProfileView,
} from './profile-use-case-deps.js';

/** `kind` is the path segment of the route: `experiences`, `education` or `projects`. */
export interface AddProfileItemInput<K extends ItemKind = ItemKind> {
  userId: string;
  profileId: string;
  kind: K;
  expectedVersion?: number;
  /** Any `id` in here is ignored: the new item gets a fresh one. */
  item: ItemInputOf[K];
}

export interface ProfileItemOutput<K extends ItemKind = ItemKind> {
  item: ItemOf[K];
  /** The whole profile after the change (its new `version` is what the next update must send). */
  profile: ProfileView;
}

/** Appends an experience, education entry or project (display order: last). */
export class AddProfileItem {
  constructor(private readonly deps: ProfileUseCaseDeps) {}

  async execute<K extends ItemKind>(input: AddProfileItemInput<K>): Promise<ProfileItemOutput<K>> {
    const { profile, result } = await changeProfile(this.deps, input, (p, now) =>
      p.addItem(input.kind, { ...input.item, id: undefined }, this.deps.ids, now),
    );
    return { item: result, profile: toProfileView(profile) };
  }
}

export interface ReplaceProfileItemInput<K extends ItemKind = ItemKind> {
  userId: string;
  profileId: string;
  kind: K;
  itemId: string;
  expectedVersion?: number;
  item: ItemInputOf[K];
}

/** Replaces one item in place (same id and position). Raises `PROFILE.ITEM_NOT_FOUND`. */
export class ReplaceProfileItem {
  constructor(private readonly deps: ProfileUseCaseDeps) {}

  async execute<K extends ItemKind>(input: ReplaceProfileItemInput<K>): Promise<ProfileItemOutput<K>> {
    const { profile, result } = await changeProfile(this.deps, input, (p, now) =>
      p.replaceItem(input.kind, input.itemId, input.item, this.deps.ids, now),
    );
    return { item: result, profile: toProfileView(profile) };
  }
}

export interface RemoveProfileItemInput {
  userId: string;
  profileId: string;
  kind: ItemKind;
  itemId: string;
  expectedVersion?: number;
}

/** Removes one item. Raises `PROFILE.ITEM_NOT_FOUND`. Returns the profile after the change. */
export class RemoveProfileItem {
  constructor(private readonly deps: ProfileUseCaseDeps) {}

  async execute(input: RemoveProfileItemInput): Promise<ProfileView> {
    const { profile } = await changeProfile(this.deps, input, (p, now) =>
      p.removeItem(input.kind, input.itemId, now),
    );
    return toProfileView(profile);
  }
}
