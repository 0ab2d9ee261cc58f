import type { ProfileContent } from './profile-content.js';

const period = (start: string | null, end: string | null, current = false): string => {
  if (start === null && end === null) return current ? 'present' : '';
  return `${start ?? '?'} – ${current ? 'present' : (end ?? '?')}`;
};

const join = (parts: Array<string | null | undefined>, separator: string): string =>
  parts.filter((part): part is string => typeof part === 'string' && part !== '').join(separator);

/**
 * The profile as compact plain text, the input of generation prompts: every modelled fact, no ids, no
 * markup, sections in a fixed order, empty sections left out. Custom fields are not included (they are
 * free-form and may be large).
 */
export function summariseProfile(profile: ProfileContent): string {
  const lines: string[] = [];
  const section = (title: string, body: string[]) => {
    if (body.length === 0) return;
    lines.push('', title, ...body);
  };

  lines.push(join([profile.fullName, profile.headline], ' — '));
  const contact = join([profile.email, profile.phone, profile.location], ' | ');
  if (contact) lines.push(contact);
  for (const link of profile.links) lines.push(`${link.label}: ${link.url}`);

  if (profile.summary) section('SUMMARY', [profile.summary]);

  section(
    'EXPERIENCE',
    profile.experiences.flatMap((item) => [
      `- ${join([item.title, item.company], ', ')}${item.location ? ` (${item.location})` : ''}${
        period(item.startDate, item.endDate, item.current)
          ? ` ${period(item.startDate, item.endDate, item.current)}`
          : ''
      }`,
      ...item.bullets.map((bullet) => `  • ${bullet}`),
      ...(item.technologies.length > 0 ? [`  Technologies: ${item.technologies.join(', ')}`] : []),
    ]),
  );

  section(
    'EDUCATION',
    profile.education.flatMap((item) => [
      `- ${join([join([item.degree, item.field], ' in '), item.institution], ', ')}${
        item.location ? ` (${item.location})` : ''
      }${period(item.startDate, item.endDate) ? ` ${period(item.startDate, item.endDate)}` : ''}`,
      ...(item.gpa ? [`  GPA: ${item.gpa}`] : []),
      ...(item.honors ? [`  Honors: ${item.honors}`] : []),
      ...(item.coursework.length > 0 ? [`  Coursework: ${item.coursework.join(', ')}`] : []),
    ]),
  );

  section(
    'PROJECTS',
    profile.projects.flatMap((item) => [
      `- ${item.name}${period(item.startDate, item.endDate) ? ` ${period(item.startDate, item.endDate)}` : ''}`,
      ...(item.description ? [`  ${item.description}`] : []),
      ...item.bullets.map((bullet) => `  • ${bullet}`),
      ...(item.technologies.length > 0 ? [`  Technologies: ${item.technologies.join(', ')}`] : []),
      ...(item.url ? [`  URL: ${item.url}`] : []),
      ...(item.repoUrl ? [`  Code: ${item.repoUrl}`] : []),
    ]),
  );

  section(
    'SKILLS',
    [
      profile.skills.technical.length > 0 ? `Technical: ${profile.skills.technical.join(', ')}` : '',
      profile.skills.soft.length > 0 ? `Soft: ${profile.skills.soft.join(', ')}` : '',
      profile.skills.tools.length > 0 ? `Tools: ${profile.skills.tools.join(', ')}` : '',
    ].filter((line) => line !== ''),
  );

  section(
    'LANGUAGES',
    profile.languages.map((item) => `- ${join([item.language, item.fluency], ': ')}`),
  );

  section(
    'CERTIFICATIONS',
    profile.certifications.map(
      (item) => `- ${join([item.name, item.issuer, item.date], ', ')}${item.url ? ` (${item.url})` : ''}`,
    ),
  );

  return lines.join('\n');
}
