import { ProfileErrors } from '@tailor/domain';
import { toProfileView, type ProfileUseCaseDeps, type ProfileView } from './profile-use-case-deps.js';

export interface GetDefaultProfileInput {
  userId: string;
}

/** The caller's default profile (`GET /profiles/me`); one repository read. Raises `PROFILE.NOT_FOUND`. */
export class GetDefaultProfile {
  constructor(private readonly deps: Pick<ProfileUseCaseDeps, 'profiles'>) {}

  async execute(input: GetDefaultProfileInput): Promise<ProfileView> {
    const profile = await this.deps.profiles.findDefault(input.userId);
    if (!profile) throw ProfileErrors.notFound();
    return toProfileView(profile);
  }
}
