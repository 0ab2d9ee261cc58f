import type { Generation, GenerationPrimitives } from '@tailor/domain';

/** A generation as clients see it (`GET /generations/{id}`): no owner, key, result or feedback. */
export type GenerationView = Omit<
  GenerationPrimitives,
  'ownerId' | 'idempotencyKey' | 'result' | 'feedback' | 'updatedAt' | 'startedAt'
>;

export const toGenerationView = (generation: Generation): GenerationView => {
  const {
    ownerId: _o,
    idempotencyKey: _k,
    result: _r,
    feedback: _f,
    updatedAt: _u,
    startedAt: _s,
    ...view
  } = generation.readPrimitives();
  // A shallow copy of the entity's state (see readPrimitives): nested values are shared, never edited.
  return view;
};
