import type { Email } from './email.js';

export interface UserPrimitives {
  id: string;
  email: string;
  passwordHash: string;
  fullName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An account holder. The password is only ever held as a hash. */
export class User {
  private constructor(private props: UserPrimitives) {}

  static create(input: {
    id: string;
    email: Email;
    passwordHash: string;
    fullName?: string | null;
    now: Date;
  }): User {
    const fullName = input.fullName?.trim() || null;
    return new User({
      id: input.id,
      email: input.email.value,
      passwordHash: input.passwordHash,
      fullName,
      createdAt: input.now,
      updatedAt: input.now,
    });
  }

  static fromPrimitives(props: UserPrimitives): User {
    return new User({ ...props });
  }

  get id(): string {
    return this.props.id;
  }
  get email(): string {
    return this.props.email;
  }
  get passwordHash(): string {
    return this.props.passwordHash;
  }
  get fullName(): string | null {
    return this.props.fullName;
  }
  get createdAt(): Date {
    return this.props.createdAt;
  }

  changePasswordHash(passwordHash: string, now: Date): void {
    this.props = { ...this.props, passwordHash, updatedAt: now };
  }

  toPrimitives(): UserPrimitives {
    return { ...this.props };
  }
}
