import type { ProfilePatch } from '@tailor/domain';
import {
  changeProfile,
  toProfileView,
  type ProfileUseCaseDeps,
  type ProfileView,
} from './profile-use-case-deps.js';

export interface PatchProfileInput {
  userId: string;
  profileId: string;
  expectedVersion?: number;
  /**
   * Fields present replace the stored ones (a list is replaced whole). `order: {experiences?, education?,
   * projects?}` gives every item id of a list in its new order (`PROFILE.ITEM_NOT_FOUND` for an unknown id,
   * `PROFILE.VALIDATION` when one is missing or repeated); it applies after the field changes.
   */
  patch: ProfilePatch;
}

export class PatchProfile {
  constructor(private readonly deps: ProfileUseCaseDeps) {}

  async execute(input: PatchProfileInput): Promise<ProfileView> {
    const { profile } = await changeProfile(this.deps, input, (p, now) =>
      p.patch(input.patch, this.deps.ids, now),
    );
    return toProfileView(profile);
  }
}
