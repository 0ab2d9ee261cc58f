import { describe, expect, it } from 'vitest';
import {
  JSON_RESUME_EXAMPLES,
  fixtureFiles,
  jsonResumeExample,
  readFixture,
  type JsonResumeExample,
} from '../../../tests/support/fixtures.js';
import { ProfileMother } from '../src/testing/index.js';
import {
  comparable,
  expectLosslessRoundTrip,
  expectValidJsonResume,
  setup,
  userId,
} from './json-resume-round-trip.js';

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
      await expectLosslessRoundTrip(load());
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
