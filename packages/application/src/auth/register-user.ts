import {
  Email,
  NewPassword,
  User,
  type IClock,
  type IIdGenerator,
  type IPasswordHasher,
  type IUnitOfWork,
  type IUserRepository,
} from '@tailor/domain';
import type { AuthTokens, SessionIssuer } from './session-issuer.js';
import { toUserView, type UserView } from './user-view.js';

export interface RegisterUserInput {
  email: string;
  password: string;
  fullName?: string | null;
  userAgent?: string | null;
}

export class RegisterUser {
  constructor(
    private readonly users: IUserRepository,
    private readonly hasher: IPasswordHasher,
    private readonly issuer: SessionIssuer,
    private readonly unitOfWork: IUnitOfWork,
    private readonly ids: IIdGenerator,
    private readonly clock: IClock,
  ) {}

  /** Raises `USER.INVALID_EMAIL`, `AUTH.WEAK_PASSWORD` or `AUTH.EMAIL_TAKEN`. */
  async execute(input: RegisterUserInput): Promise<AuthTokens & { user: UserView }> {
    const email = Email.create(input.email);
    const password = NewPassword.create(input.password);
    // Hash before the transaction: it is the slow part and must not hold the database.
    const passwordHash = await this.hasher.hash(password.value);
    const now = this.clock.now();
    const user = User.create({
      id: this.ids.next(),
      email,
      passwordHash,
      fullName: input.fullName ?? null,
      now,
    });
    const tokens = await this.unitOfWork.run(async () => {
      await this.users.add(user);
      return this.issuer.start(user.id, now, input.userAgent ?? null);
    });
    return { user: toUserView(user), ...tokens };
  }
}
