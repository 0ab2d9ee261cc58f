import { toProfileView, type ProfileUseCaseDeps, type ProfileView } from './profile-use-case-deps.js';

export type ProfileSort = 'createdAt:asc' | 'createdAt:desc' | 'updatedAt:asc' | 'updatedAt:desc';

export interface ListProfilesInput {
  userId: string;
  /** 1-based; default 1. */
  page?: number;
  /** Default 20, at most 100 (API convention). */
  size?: number;
  /** Default `createdAt:asc` (the default profile, being the first, then comes first unless changed). */
  sort?: ProfileSort;
}

export interface ListProfilesOutput {
  data: ProfileView[];
  pagination: { page: number; size: number; total: number; pages: number };
}

/** The caller's own profiles, paginated. A user keeps at most a few dozen, so sorting happens here. */
export class ListProfiles {
  constructor(private readonly deps: Pick<ProfileUseCaseDeps, 'profiles'>) {}

  async execute(input: ListProfilesInput): Promise<ListProfilesOutput> {
    const page = Math.max(1, Math.floor(input.page ?? 1));
    const size = Math.min(100, Math.max(1, Math.floor(input.size ?? 20)));
    const [field, direction] = (input.sort ?? 'createdAt:asc').split(':') as [
      'createdAt' | 'updatedAt',
      string,
    ];
    const sign = direction === 'desc' ? -1 : 1;
    const all = (await this.deps.profiles.listByOwner(input.userId))
      .map(toProfileView)
      .sort((a, b) => sign * (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : a.id < b.id ? -1 : 1));
    const total = all.length;
    return {
      data: all.slice((page - 1) * size, page * size),
      pagination: { page, size, total, pages: Math.ceil(total / size) },
    };
  }
}
