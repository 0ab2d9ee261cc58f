import type { IAccountDataContributor, IProfileRepository } from '@tailor/domain';
import { toJsonResume } from './json-resume.js';
import { toProfileView } from './profile-use-case-deps.js';

/** Profiles in account export (Tailor's own form beside JSON Resume) and deletion. */
export class ProfilesContributor implements IAccountDataContributor {
  readonly section = 'profiles';

  constructor(private readonly profiles: IProfileRepository) {}

  async export(userId: string) {
    const profiles = await this.profiles.listByOwner(userId);
    return profiles.map((profile) => ({
      ...toProfileView(profile),
      jsonResume: toJsonResume(profile.content),
    }));
  }

  async deleteRows(userId: string): Promise<void> {
    await this.profiles.deleteAllByOwner(userId);
  }
}
