import type { User } from '@tailor/domain';

export interface UserView {
  id: string;
  email: string;
  fullName: string | null;
  createdAt: Date;
}

export const toUserView = (user: User): UserView => ({
  id: user.id,
  email: user.email,
  fullName: user.fullName,
  createdAt: user.createdAt,
});
