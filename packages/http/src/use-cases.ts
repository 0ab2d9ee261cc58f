import type { FastifyReply } from 'fastify';
import type {
  Authenticate,
  ChangePassword,
  CheckReadiness,
  DeleteAccount,
  ExportAccountData,
  GetCurrentUser,
  LoginUser,
  Logout,
  RefreshSession,
  RegisterUser,
} from '@tailor/application';
import type { Caller } from '@tailor/domain';
import type { GenerationUseCases } from './composition/generation-use-cases.js';
import type { JobUseCases } from './composition/job-use-cases.js';
import type { ProfileUseCases } from './composition/profile-use-cases.js';
import type { TaskUseCases } from './composition/task-use-cases.js';
import type { SampleUseCases } from './composition/sample-use-cases.js';
import type { EnhancementUseCases } from './composition/enhancement-use-cases.js';
import type { ApiKeyUseCases } from './composition/api-key-use-cases.js';
import type { CalendarUseCases } from './composition/calendar-use-cases.js';
import type { HistoryUseCases } from './composition/history-use-cases.js';

/** What a route handler can reach: one entry per use case, decorated on the app as `app.useCases`. */
export interface UseCases
  extends
    ProfileUseCases,
    JobUseCases,
    GenerationUseCases,
    TaskUseCases,
    SampleUseCases,
    EnhancementUseCases,
    ApiKeyUseCases,
    CalendarUseCases,
    HistoryUseCases {
  checkReadiness: CheckReadiness;
  registerUser: RegisterUser;
  loginUser: LoginUser;
  refreshSession: RefreshSession;
  authenticate: Authenticate;
  logout: Logout;
  getCurrentUser: GetCurrentUser;
  changePassword: ChangePassword;
  exportAccountData: ExportAccountData;
  deleteAccount: DeleteAccount;
}

declare module 'fastify' {
  interface FastifyInstance {
    useCases: UseCases;
    /** Sets `request.auth` from the bearer token or API key (see plugins/authentication.ts). */
    authenticateRequest(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
  interface FastifyRequest {
    /** The verified caller, set by the authentication plugin on every non-public /api/v1 route. */
    auth: Caller | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a bearer token (register, login, refresh). */
    public?: boolean;
    /** Account-level: a signed-in session only, never an API key (403 AUTH.API_KEY_FORBIDDEN). */
    sessionOnly?: boolean;
  }
}
