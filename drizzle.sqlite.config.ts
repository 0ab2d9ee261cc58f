import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './packages/infrastructure/src/persistence/schema/sqlite.ts',
  out: './drizzle/sqlite',
});
