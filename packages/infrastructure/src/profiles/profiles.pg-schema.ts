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
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { portableBoolean } from '../persistence/portable-boolean.js';
import { users } from '../users/users.pg-schema.js';

// One row per profile; the nested parts are JSON columns. The aggregate is always read and written whole,
// its items have no life or queries of their own, and array order is display order: child tables would cost
// a join (or N+1) on every read for nothing. See profiles.sqlite-schema.ts for the twin.
export const profiles = pgTable(
  'profiles',
  {
    id: text('id').primaryKey(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    isDefault: portableBoolean('is_default').notNull(),
    version: integer('version').notNull(),
    fullName: text('full_name').notNull(),
    headline: text('headline'),
    email: text('email'),
    phone: text('phone'),
    location: text('location'),
    summary: text('summary'),
    links: jsonb('links').$type<ProfileLink[]>().notNull(),
    experiences: jsonb('experiences').$type<Experience[]>().notNull(),
    education: jsonb('education').$type<Education[]>().notNull(),
    projects: jsonb('projects').$type<Project[]>().notNull(),
    skills: jsonb('skills').$type<Skills>().notNull(),
    languages: jsonb('languages').$type<LanguageSkill[]>().notNull(),
    certifications: jsonb('certifications').$type<Certification[]>().notNull(),
    customFields: jsonb('custom_fields').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (table) => [
    // Listing is by owner in creation order.
    index('profiles_owner_created_idx').on(table.ownerId, table.createdAt),
    // At most one default per owner, enforced by the database (GET /profiles/me reads it by this index).
    uniqueIndex('profiles_one_default_per_owner')
      .on(table.ownerId)
      .where(sql`${table.isDefault} = 1`),
  ],
);
