import type { FastifyInstance, InjectOptions } from 'fastify';
import { expect } from 'vitest';

export const PASSWORD = 'Correct-horse-9';
let counter = 0;
export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${(counter += 1)}@example.org`;

export interface Registered {
  email: string;
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}

export async function register(
  app: FastifyInstance,
  email = uniqueEmail('user'),
  password = PASSWORD,
): Promise<Registered> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email, password },
  });
  expect(response.statusCode).toBe(201);
  return { email, ...(response.json() as Omit<Registered, 'email'>) };
}

/** A client bound to one user's token. */
export function clientFor(app: FastifyInstance, token: string) {
  return (
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...headers },
      ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
    });
}

export const expectError = (
  response: { statusCode: number; json: () => unknown },
  status: number,
  code: string,
) => {
  expect({
    status: response.statusCode,
    code: (response.json() as { error?: { code: string } }).error?.code,
  }).toEqual({
    status,
    code,
  });
};
