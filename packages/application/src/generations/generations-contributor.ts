import type { IAccountDataContributor, IGenerationRepository } from '@tailor/domain';
import { toGenerationView } from './generation-view.js';

/** Generations (with their results and feedback) in account export and deletion. */
export class GenerationsContributor implements IAccountDataContributor {
  readonly section = 'generations';

  constructor(private readonly generations: IGenerationRepository) {}

  async export(userId: string) {
    const all = await this.generations.listAllByOwner(userId);
    return all.map((g) => {
      const p = g.toPrimitives();
      return { ...toGenerationView(g), result: p.result, feedback: p.feedback };
    });
  }

  async deleteRows(userId: string): Promise<void> {
    await this.generations.deleteAllByOwner(userId);
  }
}
