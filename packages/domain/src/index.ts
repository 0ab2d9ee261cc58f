export * from './shared/domain-error.js';
export * from './shared/ports.js';
export * from './shared/repositories.js';
export * from './system/dependency-probe.js';
export * from './users/email.js';
export * from './users/user.js';
export * from './users/user-repository.js';
export * from './users/users.errors.js';
