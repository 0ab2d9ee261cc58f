import { ProfileErrors } from '@tailor/domain';
import { toJsonResume, type JsonResume } from './json-resume.js';
import { loadOwnProfile, type ProfileUseCaseDeps } from './profile-use-case-deps.js';

export type ProfileFormat = 'json-resume';

export interface ExportProfileInput {
  userId: string;
  profileId: string;
  format: ProfileFormat;
}

/** The profile as a JSON Resume document (valid against schema v1). */
export class ExportProfile {
  constructor(private readonly deps: Pick<ProfileUseCaseDeps, 'profiles'>) {}

  async execute(input: ExportProfileInput): Promise<JsonResume> {
    if (input.format !== 'json-resume') throw ProfileErrors.unsupportedFormat(input.format);
    const profile = await loadOwnProfile(this.deps as ProfileUseCaseDeps, input.userId, input.profileId);
    return toJsonResume(profile.content);
  }
}

export interface ExportAllProfilesInput {
  userId: string;
}

/** Every profile of the user as JSON Resume, oldest first (for `GET /auth/me/export`). */
export class ExportAllProfiles {
  constructor(private readonly deps: Pick<ProfileUseCaseDeps, 'profiles'>) {}

  async execute(
    input: ExportAllProfilesInput,
  ): Promise<Array<{ id: string; isDefault: boolean; version: number; jsonResume: JsonResume }>> {
    const profiles = await this.deps.profiles.listByOwner(input.userId);
    return profiles.map((profile) => ({
      id: profile.id,
      isDefault: profile.isDefault,
      version: profile.version,
      jsonResume: toJsonResume(profile.content),
    }));
  }
}
