import 'reflect-metadata';
import { container as rootContainer, instanceCachingFactory, type DependencyContainer } from 'tsyringe';
import { TOKENS, type Adapters, type Token } from './tokens.js';

export type { DependencyContainer };

export function newContainer(): DependencyContainer {
  return rootContainer.createChildContainer();
}

/** Registers a singleton built by `factory` on first use. */
export function provide<T>(
  container: DependencyContainer,
  token: Token<T>,
  factory: (container: DependencyContainer) => T,
): void {
  container.register(token.key, { useFactory: instanceCachingFactory<T>(factory) });
}

export function resolve<T>(container: DependencyContainer, token: Token<T>): T {
  return container.resolve<T>(token.key);
}

/**
 * Resolves every token once so a wiring mistake (a missing registration, a factory that throws) stops
 * start-up with the token's name instead of failing on the first request that needs it.
 */
export function verifyContainer(container: DependencyContainer): void {
  const failures: string[] = [];
  for (const token of Object.values(TOKENS)) {
    try {
      resolve(container, token as Token<unknown>);
    } catch (error) {
      failures.push(`${token.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0)
    throw new Error(`Dependency wiring is incomplete:\n  - ${failures.join('\n  - ')}`);
}

/** Every adapter of the container, resolved once: the ports the feature builders take. */
export function resolveAdapters(container: DependencyContainer): Adapters {
  return Object.fromEntries(
    Object.entries(TOKENS).map(([name, token]) => [name, resolve(container, token as Token<unknown>)]),
  ) as unknown as Adapters;
}
