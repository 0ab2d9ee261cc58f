import { ProfileErrors } from '@tailor/domain';
import { createProfile } from './create-profile.js';
import { fromJsonResume } from './json-resume.js';
import type { ProfileFormat } from './export-profile.js';
import type { ProfileUseCaseDeps, ProfileView } from './profile-use-case-deps.js';

export interface ImportProfileInput {
  userId: string;
  format: ProfileFormat;
  /** The JSON Resume document (any JSON; what Tailor does not model lands in `customFields.jsonResume`). */
  data: unknown;
}

/**
 * Creates a profile from a JSON Resume document (`POST /profiles/import`). Dates given as YYYY-MM-DD become
 * YYYY-MM; values Tailor cannot hold (a non-http URL, an unparseable date) are kept aside and exported back.
 */
export class ImportProfile {
  constructor(private readonly deps: ProfileUseCaseDeps) {}

  async execute(input: ImportProfileInput): Promise<ProfileView> {
    if (input.format !== 'json-resume') throw ProfileErrors.unsupportedFormat(input.format);
    return createProfile(this.deps, input.userId, fromJsonResume(input.data, this.deps.ids), true);
  }
}
