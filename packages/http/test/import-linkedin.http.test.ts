import { zipSync } from 'fflate';
import { expect, it } from 'vitest';
import { expectError, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';
import { upload } from './upload-helpers.js';

const URL = '/api/v1/profiles/import/file';
const BOM = '\uFEFF';
const crlf = (lines: string[]) => `${BOM}${lines.join('\r\n')}\r\n`;
const enc = (text: string) => new TextEncoder().encode(text);

/** What LinkedIn's "Get a copy of your data" writes: CSVs with a BOM, CRLF and quoted multi-line cells. */
function linkedInExport(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, enc(text)])));
}

const FULL = {
  'Profile.csv': crlf([
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
    'Ana,Kowalska,,,,"Senior Data Engineer at Allegro","Data engineer building pipelines.",Software,,"Warsaw, Poland",,"[PERSONAL:https://ana.dev],[OTHER:javascript:alert(1)]",',
  ]),
  'Positions.csv': crlf([
    'Company Name,Title,Description,Location,Started On,Finished On',
    'Allegro,Senior Data Engineer,"• Built the Spark pipelines behind search ranking\r\n• Cut nightly batch time by 40%","Warsaw, Poland",Mar 2021,',
    'ING Tech Poland,Data Engineer,"Maintained Kafka streams for payments.",Katowice,Jun 2018,Feb 2021',
  ]),
  'Education.csv': crlf([
    'School Name,Start Date,End Date,Notes,Degree Name,Activities',
    'Warsaw University of Technology,2013,2018,,Master of Science - MS,',
  ]),
  'Skills.csv': crlf(['Name', 'Apache Spark', 'Kafka', 'Python']),
  'Certifications.csv': crlf([
    'Name,Url,Authority,Started On,Finished On,License Number',
    'Google Professional Data Engineer,javascript:alert(1),Google Cloud,Jan 2022,,',
  ]),
  'Languages.csv': crlf([
    'Name,Proficiency',
    'English,Full professional proficiency',
    'Polish,Native or bilingual proficiency',
  ]),
  'Projects.csv': crlf([
    'Title,Description,Url,Started On,Finished On',
    'Open data loader,Loads city data.,https://github.com/ana/loader,Jan 2020,Dec 2020',
  ]),
  'Honors.csv': crlf([
    'Title,Description,Issued On',
    'Allegro Tech Award,For the search ranking pipelines,Nov 2022',
  ]),
  'Volunteering.csv': crlf([
    'Company Name,Role,Cause,Started On,Finished On,Description',
    'Women in Data Poland,Mentor,Education,Jan 2020,,"• Mentored 6 junior data engineers"',
  ]),
  'Publications.csv': crlf([
    'Name,Published On,Description,Publisher,Url',
    'Streaming joins at scale,Apr 2023,,Allegro Tech Blog,https://allegro.tech/joins',
  ]),
  'Email Addresses.csv': crlf([
    'Email Address,Confirmed,Primary,Updated On',
    'old@example.pl,Yes,No,1/1/20',
    'ana.kowalska@example.pl,Yes,Yes,3/1/21',
  ]),
  'PhoneNumbers.csv': crlf(['Extension,Number,Type', ',+48 601 234 567,Mobile']),
  // Files a profile does not use are ignored.
  'Connections.csv': crlf([
    'Notes:',
    '"When exporting your connection data..."',
    '',
    'First Name,Last Name',
    'Jan,Nowak',
  ]),
};

interface Imported {
  profile: {
    fullName: string;
    headline: string | null;
    email: string | null;
    phone: string | null;
    location: string | null;
    links: Array<{ url: string }>;
    experiences: Array<{
      title: string;
      company: string;
      startDate: string | null;
      endDate: string | null;
      current: boolean;
      bullets: string[];
    }>;
    education: Array<{
      institution: string;
      degree: string | null;
      startDate: string | null;
      endDate: string | null;
    }>;
    skills: { technical: string[] };
    languages: Array<{ language: string; fluency: string | null }>;
    certifications: Array<{ name: string; issuer: string | null; date: string | null; url: string | null }>;
    projects: Array<{ name: string; url: string | null }>;
    customFields: Record<string, unknown>;
  };
  unfilled: string[];
}

describeEachDatabase(
  'POST /profiles/import/file with a LinkedIn data export',
  (context) => {
    it('maps every file onto the profile: BOM, CRLF, multi-line "•" descriptions, "Mon YYYY", open end = current', async () => {
      const { app } = context();
      const user = await register(app);
      const response = await upload(app, user.accessToken, URL, [
        { name: 'file', value: linkedInExport(FULL), fileName: 'Basic_LinkedInDataExport.zip' },
      ]);
      expect(response.statusCode).toBe(201);
      const { profile } = response.json<Imported>();
      expect(profile.fullName).toBe('Ana Kowalska');
      expect(profile.headline).toBe('Senior Data Engineer at Allegro');
      expect(profile.email).toBe('ana.kowalska@example.pl');
      expect(profile.phone).toBe('+48 601 234 567');
      expect(profile.location).toBe('Warsaw, Poland');
      // The javascript: link is dropped, the https one kept.
      expect(profile.links.map((link) => link.url)).toEqual(['https://ana.dev']);
      expect(profile.experiences).toEqual([
        expect.objectContaining({
          title: 'Senior Data Engineer',
          company: 'Allegro',
          startDate: '2021-03',
          endDate: null,
          current: true,
          bullets: ['Built the Spark pipelines behind search ranking', 'Cut nightly batch time by 40%'],
        }),
        expect.objectContaining({
          title: 'Data Engineer',
          company: 'ING Tech Poland',
          startDate: '2018-06',
          endDate: '2021-02',
          current: false,
          bullets: ['Maintained Kafka streams for payments.'],
        }),
      ]);
      expect(profile.education).toEqual([
        expect.objectContaining({
          institution: 'Warsaw University of Technology',
          degree: 'Master of Science - MS',
          startDate: '2013',
          endDate: '2018',
        }),
      ]);
      expect(profile.skills.technical).toEqual(['Apache Spark', 'Kafka', 'Python']);
      expect(profile.languages.map((l) => l.language)).toEqual(['English', 'Polish']);
      expect(profile.certifications).toEqual([
        expect.objectContaining({
          name: 'Google Professional Data Engineer',
          issuer: 'Google Cloud',
          date: '2022-01',
          url: null,
        }),
      ]);
      expect(profile.projects).toEqual([
        expect.objectContaining({ name: 'Open data loader', url: 'https://github.com/ana/loader' }),
      ]);
      // Honours, volunteer work and publications are kept beside the profile, in JSON Resume's shape.
      expect(profile.customFields).toEqual({
        jsonResume: {
          awards: [
            { title: 'Allegro Tech Award', date: '2022-11', summary: 'For the search ranking pipelines' },
          ],
          volunteer: [
            {
              position: 'Mentor',
              organization: 'Women in Data Poland',
              startDate: '2020-01',
              highlights: ['Mentored 6 junior data engineers'],
            },
          ],
          publications: [
            {
              name: 'Streaming joins at scale',
              publisher: 'Allegro Tech Blog',
              releaseDate: '2023-04',
              url: 'https://allegro.tech/joins',
            },
          ],
        },
      });
    });

    it('takes any subset of the files, and reports what they did not fill', async () => {
      const { app } = context();
      const user = await register(app);
      const response = await upload(app, user.accessToken, URL, [
        {
          name: 'file',
          value: linkedInExport({
            'Profile.csv': FULL['Profile.csv'],
            'Positions.csv': FULL['Positions.csv'],
          }),
          fileName: 'export.zip',
        },
      ]);
      expect(response.statusCode).toBe(201);
      const { profile, unfilled } = response.json<Imported>();
      expect(profile.experiences).toHaveLength(2);
      expect(unfilled).toEqual(expect.arrayContaining(['email', 'phone', 'education', 'skills']));
    });

    it('refuses an export without a name (no Profile.csv) with 422 IMPORT.NO_NAME', async () => {
      const { app } = context();
      const user = await register(app);
      expectError(
        await upload(app, user.accessToken, URL, [
          {
            name: 'file',
            value: linkedInExport({ 'Skills.csv': FULL['Skills.csv'] }),
            fileName: 'export.zip',
          },
        ]),
        422,
        'IMPORT.NO_NAME',
      );
    });

    it('is not a writing sample (415)', async () => {
      const { app } = context();
      const user = await register(app);
      expectError(
        await upload(app, user.accessToken, '/api/v1/samples', [
          { name: 'type', value: 'resume' },
          { name: 'file', value: linkedInExport(FULL), fileName: 'export.zip' },
        ]),
        415,
        'IMPORT.UNSUPPORTED_TYPE',
      );
    });
  },
  { AUTH_RATE_LIMIT_MAX: '1000' },
);
