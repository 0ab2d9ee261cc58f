import type { CheckReadiness } from '@tailor/application';
import type { IClock, IIdGenerator, ILLMService, Repositories } from '@tailor/domain';
import type { SqlDatabase } from '@tailor/infrastructure';
import type { AppConfig } from '../config/config.js';

/** An injection token that remembers the type it resolves to. */
export interface Token<T> {
  readonly key: symbol;
  readonly name: string;
  /** Never set: carries T for the type checker only. */
  readonly type?: T;
}

const token = <T>(name: string): Token<T> => ({ key: Symbol(name), name });

export const TOKENS = {
  config: token<AppConfig>('config'),
  database: token<SqlDatabase>('database'),
  repositories: token<Repositories>('repositories'),
  clock: token<IClock>('clock'),
  ids: token<IIdGenerator>('ids'),
  llm: token<ILLMService>('llm'),
  checkReadiness: token<CheckReadiness>('checkReadiness'),
} as const;

export type TokenName = keyof typeof TOKENS;
