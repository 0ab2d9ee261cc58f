import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PROFILE_LIMITS } from '@tailor/domain';
import { readLinkedInExport } from '../../src/text/linkedin-export.js';

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * A LinkedIn export is read in a document worker, but what it yields is copied back to the request's thread
 * and validated there: 110,000 positions (a 4.9 MB export) held that thread for seconds. Only what a profile
 * can keep is read and returned.
 */
describe('a LinkedIn export far beyond the profile limits', () => {
  const positions = Array.from(
    { length: 20_000 },
    (_, index) => `Company ${index},Engineer ${index},"Built things",Berlin,Jan 2020,\n`,
  ).join('');
  const skills = Array.from({ length: 20_000 }, (_, index) => `Skill ${index}\n`).join('');
  const zip = zipSync({
    'Profile.csv': encode('First Name,Last Name,Headline\nJane,Roe,Engineer\n'),
    'Positions.csv': encode(`Company Name,Title,Description,Location,Started On,Finished On\n${positions}`),
    'Skills.csv': encode(`Name\n${skills}`),
    'Languages.csv': encode(`Name,Proficiency\n${'Polish,Native\n'.repeat(5_000)}`),
  });

  it('keeps the first items of each list, up to what a profile holds', async () => {
    const profile = await readLinkedInExport(zip);
    expect(profile.fullName).toBe('Jane Roe');
    expect(profile.experiences).toHaveLength(PROFILE_LIMITS.experiences);
    expect(profile.experiences?.[0]).toMatchObject({ company: 'Company 0', title: 'Engineer 0' });
    expect(profile.skills?.technical).toHaveLength(PROFILE_LIMITS.skillsPerCategory);
    expect(profile.skills?.technical?.[0]).toBe('Skill 0');
    expect(profile.languages).toHaveLength(PROFILE_LIMITS.languages);
  });
});
