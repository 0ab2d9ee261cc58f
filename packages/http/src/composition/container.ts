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
 * The start-up check and the adapters in one: resolves every token, so a wiring mistake (a missing
 * registration, a factory that throws) stops start-up naming its token instead of failing on the first
 * request that needs it; returns what they resolve to, the ports the feature builders take.
 */
export function verifyContainer(container: DependencyContainer): Adapters {
  const adapters: Record<string, unknown> = {};
  const failures: string[] = [];
  for (const [name, token] of Object.entries(TOKENS)) {
    try {
      adapters[name] = resolve(container, token as Token<unknown>);
    } catch (error) {
      failures.push(`${token.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0)
    throw new Error(`Dependency wiring is incomplete:\n  - ${failures.join('\n  - ')}`);
  return adapters as Adapters;
}
