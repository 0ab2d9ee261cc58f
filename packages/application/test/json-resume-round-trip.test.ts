import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  JSON_RESUME_EXAMPLES,
  fixtureFiles,
  jsonResumeExample,
  jsonResumeSchema,
  readFixture,
  type JsonResumeExample,
} from '../../../tests/support/fixtures.js';
import {
  CreateProfile,
  ExportProfile,
  ImportProfile,
  type ProfileUseCaseDeps,
  type ProfileView,
} from '../src/index.js';
import {
  FixedClock,
  ProfileMother,
  SequentialIds,
  createInMemoryRepositories,
} from '../src/testing/index.js';

const schema = jsonResumeSchema();

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => void;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const expectValidJsonResume = (document: unknown) => {
  const valid = validate(document);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  expect(valid).toBe(true);
};

const userId = 'user-1';

function setup() {
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
function comparable(view: ProfileView) {
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

/**
 * The JSON Resume examples `@jsonresume/schema` ships, and ours (a Polish and a Chinese resume, and one
 * in the FRESH style that names employers `company`).
 */
const RESUMES: Array<{ name: string; load: () => Record<string, unknown> }> = [
  ...(Object.keys(JSON_RESUME_EXAMPLES) as JsonResumeExample[]).map((name) => ({
    name: `@jsonresume/schema ${name}`,
    load: () => jsonResumeExample(name),
  })),
  ...fixtureFiles('resumes/json', '.json').map((file) => ({
    name: file,
    load: () => JSON.parse(readFixture(`resumes/json/${file}`)) as Record<string, unknown>,
  })),
];

describe('JSON Resume import and export over the example resumes', () => {
  it('finds the example resumes', () => {
    expect(RESUMES.length).toBeGreaterThanOrEqual(7);
  });

  it.each(RESUMES)(
    '$name: import → export validates, and import → export → import loses nothing',
    async ({ load }) => {
      const source = load();
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
    },
  );

  it('maps the modelled fields of a JSON Resume onto the profile', async () => {
    const source = jsonResumeExample('sample');
    const profile = await setup().importProfile(source);
    expect(profile).toMatchObject({
      fullName: 'Richard Hendriks',
      headline: 'Programmer',
      email: 'richard.hendriks@mail.com',
      location: 'San Francisco, California, US',
      links: [
        { label: 'Website', url: 'http://richardhendricks.example.com' },
        { label: 'Twitter', url: 'https://www.twitter.com' },
        { label: 'SoundCloud', url: 'https://soundcloud.example.com/dandymusicnl' },
      ],
      experiences: [
        {
          title: 'CEO/President',
          company: 'Pied Piper',
          startDate: '2013-12',
          endDate: '2014-12',
          current: false,
          bullets: expect.arrayContaining(['Successfully won Techcrunch Disrupt']),
        },
      ],
      education: [{ institution: 'University of Oklahoma', degree: 'Bachelor', gpa: '4.0' }],
      projects: [{ name: 'Miss Direction', technologies: ['GoogleMaps', 'Chrome Extension', 'Javascript'] }],
      languages: [{ language: 'English', fluency: 'Native speaker' }],
    });
    expect(profile.skills.technical).toEqual(['HTML', 'CSS', 'Javascript', 'Mpeg', 'MP4', 'GIF']);
    const side = profile.customFields.jsonResume as Record<string, unknown>;
    expect(side.awards).toEqual(source.awards);
    expect(side.basics).toEqual({ image: '' });
  });
});

describe('JSON Resume export of profiles written in Tailor', () => {
  const contents = {
    complete: ProfileMother.completeContent(),
    polish: {
      ...ProfileMother.completeContent(),
      fullName: 'Łukasz Żółć',
      headline: 'Inżynier oprogramowania',
      location: 'Kraków, Polska',
      summary: 'Zażółć gęślą jaźń — programista z doświadczeniem w systemach płatności i analizie danych.',
      experiences: [
        {
          title: 'Starszy programista',
          company: 'Żabka Polska',
          startDate: '2019-04',
          current: true,
          bullets: ['Skróciłem czas wdrożeń o 60%', 'Wprowadziłem testy kontraktowe'],
        },
        { title: 'Stażysta', company: 'Łódzkie Zakłady', startDate: '2018', endDate: '2019-03' },
      ],
      customFields: { uwagi: 'ąęśćżźńół' },
    },
    chinese: {
      fullName: '李雷',
      headline: '高级软件工程师',
      email: 'lilei@example.cn',
      location: '上海',
      summary: '十年后端开发经验，专注于分布式系统和数据平台。',
      links: [{ label: '个人网站', url: 'https://lilei.example.cn' }],
      experiences: [
        {
          title: '技术负责人',
          company: '阿里巴巴',
          location: '杭州',
          startDate: '2018-07',
          endDate: '2024-01',
          bullets: ['将接口延迟降低了 45%', '带领 8 人团队完成数据库迁移'],
          technologies: ['Java', 'Kafka'],
        },
      ],
      education: [
        { institution: '清华大学', degree: '学士', field: '计算机科学', startDate: '2010', endDate: '2014' },
      ],
      skills: { technical: ['分布式系统'], soft: ['沟通'], tools: ['Docker'] },
      languages: [{ language: '中文', fluency: '母语' }],
    },
    notCurrentWithoutEnd: {
      fullName: 'Open Ended',
      experiences: [{ title: 'Consultant', company: 'Self', startDate: '2020-01', current: false }],
    },
  };

  it.each(Object.entries(contents))(
    '%s: export validates and re-import gives the same profile',
    async (_name, content) => {
      const { create, exportProfile, importProfile } = setup();
      const created = await create.execute({ userId, content });
      const exported = await exportProfile(created.id);
      expectValidJsonResume(exported);

      const reimported = await importProfile(exported);
      expect(comparable(reimported)).toEqual(comparable(created));
    },
  );
});
