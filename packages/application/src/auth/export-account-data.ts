import { UserErrors, type IAccountDataContributor, type IClock, type IUserRepository } from '@tailor/domain';

export const EXPORT_FORMAT_VERSION = 1;

/** Everything the user owns, from every feature, as one JSON document. */
export class ExportAccountData {
  constructor(
    private readonly users: IUserRepository,
    private readonly contributors: readonly IAccountDataContributor[],
    private readonly clock: IClock,
  ) {}

  async execute(input: { userId: string }): Promise<Record<string, unknown>> {
    if (!(await this.users.findById(input.userId))) throw UserErrors.notFound();
    const document: Record<string, unknown> = {
      format: 'tailor-account-export',
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: this.clock.now().toISOString(),
    };
    for (const contributor of this.contributors) {
      document[contributor.section] = await contributor.export(input.userId);
    }
    return document;
  }
}
