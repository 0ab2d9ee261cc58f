import { z } from 'zod';
import { errorEnvelopeSchema } from '../../errors/error-envelope.js';

const email = z.string().trim().min(3).max(254).meta({ example: 'ada@example.org' });
// Length and character rules belong to the password policy (domain); this only bounds the payload.
const password = z.string().min(1).max(1024);

export const userResponse = z
  .object({
    id: z.string(),
    email: z.string(),
    fullName: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User' });

export const tokenPairResponse = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int().meta({ description: 'Seconds until the access token expires' }),
});

export const sessionResponse = tokenPairResponse.extend({ user: userResponse }).meta({ id: 'AuthSession' });

const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, errorEnvelopeSchema])) as Record<
    number,
    typeof errorEnvelopeSchema
  >;

const bearer = [{ bearerAuth: [] }];

export const registerSchema = {
  operationId: 'registerUser',
  tags: ['auth'],
  security: [],
  summary: 'Create an account and sign in',
  body: z.object({ email, password, fullName: z.string().trim().max(200).nullish() }),
  response: { 201: sessionResponse, ...errors(400, 409, 429) },
};

export const loginSchema = {
  operationId: 'login',
  tags: ['auth'],
  security: [],
  summary: 'Sign in',
  body: z.object({ email, password }),
  response: { 200: sessionResponse, ...errors(400, 401, 423, 429) },
};

export const refreshSchema = {
  operationId: 'refreshSession',
  tags: ['auth'],
  security: [],
  summary: 'Spend a refresh token for a new pair (reusing a spent one ends the session)',
  body: z.object({ refreshToken: z.string().min(1).max(512) }),
  response: { 200: tokenPairResponse, ...errors(400, 401, 429) },
};

export const logoutSchema = {
  operationId: 'logout',
  tags: ['auth'],
  summary: 'End this session (its refresh and access tokens stop working)',
  security: bearer,
  response: { 204: z.null(), ...errors(401, 403) },
};

export const meSchema = {
  operationId: 'getCurrentUser',
  tags: ['auth'],
  summary: 'The signed-in user',
  security: bearer,
  response: { 200: userResponse, ...errors(401, 404) },
};

export const changePasswordSchema = {
  operationId: 'changePassword',
  tags: ['auth'],
  summary: 'Change the password (every other session is ended)',
  security: bearer,
  body: z.object({ currentPassword: password, newPassword: password }),
  response: { 204: z.null(), ...errors(400, 401, 403, 423, 429) },
};

export const exportSchema = {
  operationId: 'exportAccount',
  tags: ['auth'],
  summary: 'Everything the user owns, as one JSON document',
  security: bearer,
  response: { 200: z.record(z.string(), z.unknown()), ...errors(401, 404) },
};

export const deleteAccountSchema = {
  operationId: 'deleteAccount',
  tags: ['auth'],
  summary: 'Delete the account and everything it owns, stored files included',
  security: bearer,
  body: z.object({ password }),
  response: { 204: z.null(), ...errors(400, 401, 403, 404, 423, 429) },
};
