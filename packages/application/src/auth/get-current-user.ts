import { UserErrors, type IUserRepository } from '@tailor/domain';
import { toUserView, type UserView } from './user-view.js';

export class GetCurrentUser {
  constructor(private readonly users: IUserRepository) {}

  async execute(input: { userId: string }): Promise<UserView> {
    const user = await this.users.findById(input.userId);
    if (!user) throw UserErrors.notFound();
    return toUserView(user);
  }
}
