import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/infrastructure/src/persistence/schema/pg.ts',
  out: './drizzle/postgres',
});
