import { z } from 'zod';
import {
  bearer,
  errors,
  idParams,
  optionalText,
  paginated,
  pagingQuery,
  textList,
  ulid,
  ifMatch,
  multipartUpload,
} from '../shared-schemas.js';

// Shape and types only: the profile's own rules (lengths, counts, dates, URLs) live in the domain and come
// back as PROFILE.VALIDATION / PROFILE.INVALID_DATE_RANGE with the offending paths.
const experienceInput = z.object({
  id: optionalText,
  title: optionalText,
  company: optionalText,
  location: optionalText,
  startDate: optionalText.meta({ example: '2021-04' }),
  endDate: optionalText,
  current: z.boolean().nullish(),
  bullets: textList,
  technologies: textList,
});

const educationInput = z.object({
  id: optionalText,
  institution: optionalText,
  degree: optionalText,
  field: optionalText,
  location: optionalText,
  startDate: optionalText,
  endDate: optionalText,
  gpa: optionalText,
  honors: optionalText,
  coursework: textList,
});

const projectInput = z.object({
  id: optionalText,
  name: optionalText,
  description: optionalText,
  bullets: textList,
  technologies: textList,
  url: optionalText,
  repoUrl: optionalText,
  startDate: optionalText,
  endDate: optionalText,
});

const skillsInput = z.object({ technical: textList, soft: textList, tools: textList });

export const profileContentInput = z.object({
  fullName: optionalText,
  headline: optionalText,
  email: optionalText,
  phone: optionalText,
  location: optionalText,
  links: z.array(z.object({ label: optionalText, url: optionalText })).nullish(),
  summary: optionalText,
  experiences: z.array(experienceInput).nullish(),
  education: z.array(educationInput).nullish(),
  projects: z.array(projectInput).nullish(),
  skills: skillsInput.nullish(),
  languages: z.array(z.object({ language: optionalText, fluency: optionalText })).nullish(),
  certifications: z
    .array(z.object({ name: optionalText, issuer: optionalText, date: optionalText, url: optionalText }))
    .nullish(),
  customFields: z.record(z.string(), z.unknown()).nullish(),
});

const version = z
  .number()
  .int()
  .min(1)
  .optional()
  .meta({ description: 'The version this change is based on' });

const experience = z.object({
  id: z.string(),
  title: z.string(),
  company: z.string(),
  location: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  current: z.boolean(),
  bullets: z.array(z.string()),
  technologies: z.array(z.string()),
});

const education = z.object({
  id: z.string(),
  institution: z.string(),
  degree: z.string().nullable(),
  field: z.string().nullable(),
  location: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  gpa: z.string().nullable(),
  honors: z.string().nullable(),
  coursework: z.array(z.string()),
});

const project = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  bullets: z.array(z.string()),
  technologies: z.array(z.string()),
  url: z.string().nullable(),
  repoUrl: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});

export const profileResponse = z
  .object({
    id: z.string(),
    version: z.number().int(),
    isDefault: z.boolean(),
    fullName: z.string(),
    headline: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    location: z.string().nullable(),
    links: z.array(z.object({ label: z.string(), url: z.string() })),
    summary: z.string().nullable(),
    experiences: z.array(experience),
    education: z.array(education),
    projects: z.array(project),
    skills: z.object({
      technical: z.array(z.string()),
      soft: z.array(z.string()),
      tools: z.array(z.string()),
    }),
    languages: z.array(z.object({ language: z.string(), fluency: z.string().nullable() })),
    certifications: z.array(
      z.object({
        name: z.string(),
        issuer: z.string().nullable(),
        date: z.string().nullable(),
        url: z.string().nullable(),
      }),
    ),
    customFields: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Profile' });

const tags = ['profiles'];
const common = { tags, security: bearer };

export const itemKinds = ['experiences', 'education', 'projects'] as const;
/** One item of each kind, as operation ids name it (`addExperience`, `removeProject`). */
const ITEM_NAMES = { experiences: 'Experience', education: 'Education', projects: 'Project' } as const;
const itemInputByKind = { experiences: experienceInput, education: educationInput, projects: projectInput };
const itemByKind = { experiences: experience, education, projects: project };

export const createProfileSchema = {
  operationId: 'createProfile',
  ...common,
  summary: 'Create a profile (the first one becomes the default)',
  body: profileContentInput,
  response: { 201: profileResponse, ...errors(400, 401, 409, 422) },
};

export const listProfilesSchema = {
  operationId: 'listProfiles',
  ...common,
  summary: 'List own profiles',
  querystring: z.object({
    ...pagingQuery,
    sort: z
      .enum(['createdAt:asc', 'createdAt:desc', 'updatedAt:asc', 'updatedAt:desc'])
      .default('createdAt:asc'),
  }),
  response: { 200: paginated(profileResponse), ...errors(400, 401) },
};

export const getProfileSchema = {
  operationId: 'getProfile',
  ...common,
  summary: 'Read a profile',
  params: idParams,
  response: { 200: profileResponse, ...errors(401, 404) },
};

export const defaultProfileSchema = {
  operationId: 'getDefaultProfile',
  ...common,
  summary: 'The default profile',
  response: { 200: profileResponse, ...errors(401, 404) },
};

export const replaceProfileSchema = {
  documented: ifMatch,
  operationId: 'replaceProfile',
  ...common,
  summary: 'Replace a profile (send `version` or If-Match to guard against lost updates)',
  params: idParams,
  body: profileContentInput.extend({ version }),
  response: { 200: profileResponse, ...errors(400, 401, 404, 409, 422) },
};

export const patchProfileSchema = {
  documented: ifMatch,
  operationId: 'updateProfile',
  ...common,
  summary: 'Change some fields; `order` reorders items by id; `isDefault: true` makes it the default',
  params: idParams,
  body: profileContentInput.extend({
    version,
    isDefault: z.literal(true).optional(),
    order: z
      .object({
        experiences: z.array(z.string()).optional(),
        education: z.array(z.string()).optional(),
        projects: z.array(z.string()).optional(),
      })
      .nullish(),
  }),
  response: { 200: profileResponse, ...errors(400, 401, 404, 409, 422) },
};

export const deleteProfileSchema = {
  documented: ifMatch,
  operationId: 'deleteProfile',
  ...common,
  summary: 'Delete a profile (the oldest remaining one becomes the default)',
  params: idParams,
  response: { 204: z.null(), ...errors(400, 401, 404, 409) },
};

export const addItemSchema = (kind: (typeof itemKinds)[number]) => ({
  documented: ifMatch,
  operationId: `add${ITEM_NAMES[kind]}`,
  ...common,
  summary: `Add one of ${kind}`,
  params: idParams,
  body: itemInputByKind[kind].extend({ version }),
  response: {
    201: z.object({ item: itemByKind[kind], profile: profileResponse }),
    ...errors(400, 401, 404, 409, 422),
  },
});

export const replaceItemSchema = (kind: (typeof itemKinds)[number]) => ({
  documented: ifMatch,
  operationId: `replace${ITEM_NAMES[kind]}`,
  ...common,
  summary: `Replace one of ${kind}`,
  params: idParams.extend({ itemId: ulid }),
  body: itemInputByKind[kind].extend({ version }),
  response: {
    200: z.object({ item: itemByKind[kind], profile: profileResponse }),
    ...errors(400, 401, 404, 409, 422),
  },
});

export const removeItemSchema = (kind: (typeof itemKinds)[number]) => ({
  documented: ifMatch,
  operationId: `remove${ITEM_NAMES[kind]}`,
  ...common,
  summary: `Remove one of ${kind}`,
  params: idParams.extend({ itemId: ulid }),
  response: { 204: z.null(), ...errors(400, 401, 404, 409) },
});

export const replaceSkillsSchema = {
  documented: ifMatch,
  operationId: 'replaceSkills',
  ...common,
  summary: 'Replace the skills',
  params: idParams,
  body: skillsInput.extend({ version }),
  response: { 200: profileResponse, ...errors(400, 401, 404, 409) },
};

export const analyticsSchema = {
  operationId: 'getProfileAnalytics',
  ...common,
  summary: 'Completeness score (0-100), what is missing, and suggestions',
  params: idParams,
  response: {
    200: z.object({
      profileId: z.string(),
      version: z.number().int(),
      score: z.number().int().min(0).max(100),
      missing: z.array(z.string()),
      suggestions: z.array(z.string()),
      breakdown: z.array(z.object({ criterion: z.string(), points: z.number(), max: z.number() })),
    }),
    ...errors(401, 404),
  },
};

export const summarySchema = {
  operationId: 'getProfileSummary',
  ...common,
  summary: 'The compact plain-text form used as generation input',
  params: idParams,
  response: {
    200: z.object({ profileId: z.string(), version: z.number().int(), text: z.string() }),
    ...errors(401, 404),
  },
};

export const exportSchema = {
  operationId: 'exportProfile',
  ...common,
  summary: 'Export as a JSON Resume document',
  params: idParams,
  querystring: z.object({ format: z.literal('json-resume').default('json-resume') }),
  response: { 200: z.record(z.string(), z.unknown()), ...errors(400, 401, 404) },
};

export const importSchema = {
  operationId: 'importProfile',
  ...common,
  summary: 'Create a profile from a JSON Resume document',
  body: z.object({ format: z.literal('json-resume'), data: z.record(z.string(), z.unknown()) }),
  response: { 201: profileResponse, ...errors(400, 401, 409, 422) },
};

export const importFileSchema = {
  operationId: 'importProfileFile',
  ...common,
  summary:
    'Create a profile from a resume file (PDF, DOCX or text, at most 5 MB; the type is read from the bytes)',
  consumes: ['multipart/form-data'],
  documented: multipartUpload(),
  response: {
    201: z.object({
      profile: profileResponse,
      unfilled: z.array(z.string()).meta({ description: 'Fields the resume did not fill' }),
      dropped: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .meta({ description: 'Values read from the resume that a profile cannot hold, left out' }),
    }),
    ...errors(400, 401, 409, 413, 415, 422, 429, 502, 503),
  },
};
