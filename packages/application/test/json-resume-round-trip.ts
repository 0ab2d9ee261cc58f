/**
 * The JSON Resume round trip, shared by the application tests (our examples) and tests/corpus (the shared
 * resumes): import → export validates against the schema, and import → export → import loses nothing.
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';
import { jsonResumeSchema } from '../../../tests/support/fixtures.js';
import {
  CreateProfile,
  ExportProfile,
  ImportProfile,
  type ProfileUseCaseDeps,
  type ProfileView,
} from '../src/index.js';
import { FixedClock, SequentialIds, createInMemoryRepositories } from '../src/testing/index.js';

const schema = jsonResumeSchema();

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => void;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

export const expectValidJsonResume = (document: unknown) => {
  const valid = validate(document);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  expect(valid).toBe(true);
};

export const userId = 'user-1';

export function setup() {
  const repositories = createInMemoryRepositories();
  const deps: ProfileUseCaseDeps = {
    profiles: repositories.profiles,
    unitOfWork: repositories.unitOfWork,
    clock: new FixedClock(),
    ids: new SequentialIds('ulid'),
  };
  return {
    importProfile: (data: unknown) =>
      new ImportProfile(deps).execute({ userId, format: 'json-resume', data }),
    exportProfile: (profileId: string) =>
      new ExportProfile(deps).execute({ userId, profileId, format: 'json-resume' }),
    create: new CreateProfile(deps),
  };
}

/**
 * What a profile holds, independent of the ids drawn for it: item ids become their positions, and side data
 * keyed by item id is re-keyed the same way.
 */
export function comparable(view: ProfileView) {
  const {
    id: _id,
    version: _v,
    isDefault: _d,
    createdAt: _c,
    updatedAt: _u,
    ...content
  } = structuredClone(view);
  const positions = new Map<string, string>();
  for (const kind of ['experiences', 'education', 'projects'] as const) {
    content[kind].forEach((item, index) => {
      positions.set(item.id, `${kind}#${index}`);
      item.id = `${kind}#${index}`;
    });
  }
  const side = content.customFields.jsonResume as { itemExtras?: Record<string, unknown> } | undefined;
  if (side?.itemExtras) {
    side.itemExtras = Object.fromEntries(
      Object.entries(side.itemExtras).map(([id, extras]) => [positions.get(id) ?? `orphan:${id}`, extras]),
    );
  }
  return content;
}

/** Imports `source`, exports it, re-imports the export: nothing Tailor holds may change on the way. */
export async function expectLosslessRoundTrip(source: Record<string, unknown>): Promise<void> {
  const { importProfile, exportProfile } = setup();

  const first = await importProfile(source);
  const exported = await exportProfile(first.id);
  expectValidJsonResume(exported);

  const second = await importProfile(exported);
  expect(comparable(second)).toEqual(comparable(first));
  // Export is stable: exporting the re-imported profile gives the same document.
  expect(await exportProfile(second.id)).toEqual(exported);

  // What Tailor does not model comes back out as it came in.
  for (const section of ['awards', 'volunteer', 'publications', 'interests', 'references', 'meta']) {
    if (source[section] !== undefined) expect(exported[section]).toEqual(source[section]);
  }
  const sourceBasics = source.basics as Record<string, unknown>;
  const exportedBasics = exported.basics as Record<string, unknown>;
  for (const key of Object.keys(sourceBasics)) {
    if (key !== 'email' || /@.+\./u.test(String(sourceBasics.email)))
      expect(exportedBasics).toHaveProperty(key);
  }
  expect(exportedBasics.location).toEqual(sourceBasics.location);
  expect(exportedBasics.profiles).toEqual(sourceBasics.profiles);
  expect(exported.skills).toEqual(source.skills);
  expect((exported.work as unknown[] | undefined)?.length).toBe(
    (source.work as unknown[] | undefined)?.length,
  );
}
