import type { IAccountDataContributor, ISampleFileStore, ISampleRepository } from '@tailor/domain';
import { toSampleView } from './manage-samples.js';

/** Writing samples (rows, then their files) in account export and deletion. */
export class SamplesContributor implements IAccountDataContributor {
  readonly section = 'samples';

  constructor(
    private readonly samples: ISampleRepository,
    private readonly files: ISampleFileStore,
  ) {}

  async export(userId: string) {
    return (await this.samples.listByUser(userId)).map(toSampleView);
  }

  async deleteRows(userId: string): Promise<void> {
    await this.samples.deleteAllByUser(userId);
  }

  async deleteFiles(userId: string): Promise<void> {
    await this.files.deleteAllOfUser(userId);
  }
}
