import type {
  Certification,
  Education,
  Experience,
  LanguageSkill,
  Project,
  ProfileLink,
  Skills,
} from '@tailor/domain';
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from '../users/users.sqlite-schema.js';

// Twin of profiles.pg-schema.ts (same tables, columns and indexes; checked in persistence/schema/parity.ts).
export const profiles = sqliteTable(
  'profiles',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    isDefault: integer('is_default', { mode: 'boolean' }).notNull(),
    version: integer('version').notNull(),
    fullName: text('full_name').notNull(),
    headline: text('headline'),
    email: text('email'),
    phone: text('phone'),
    location: text('location'),
    summary: text('summary'),
    links: text('links', { mode: 'json' }).$type<ProfileLink[]>().notNull(),
    experiences: text('experiences', { mode: 'json' }).$type<Experience[]>().notNull(),
    education: text('education', { mode: 'json' }).$type<Education[]>().notNull(),
    projects: text('projects', { mode: 'json' }).$type<Project[]>().notNull(),
    skills: text('skills', { mode: 'json' }).$type<Skills>().notNull(),
    languages: text('languages', { mode: 'json' }).$type<LanguageSkill[]>().notNull(),
    certifications: text('certifications', { mode: 'json' }).$type<Certification[]>().notNull(),
    customFields: text('custom_fields', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('profiles_owner_created_idx').on(table.ownerId, table.createdAt),
    uniqueIndex('profiles_one_default_per_owner')
      .on(table.ownerId)
      .where(sql`${table.isDefault} = 1`),
  ],
);
