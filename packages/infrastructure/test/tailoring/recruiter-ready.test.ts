import {
  cleanCompany,
  readingOrder,
  splitSentences,
  textLanguage,
  toRenderableDocument,
  type TextLanguage,
  type CoverLetterContent,
  type ILLMService,
  type TailoredResumeContent,
} from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { verbForm } from '../../src/llm/local/verbs.js';
import { loadApplicants, localModel, useLossyModel, tailor, type Tailored } from './applicant-harness.js';

// Properties every generated letter and resume must have, checked over every applicant × every posting
// (matching and mismatched pairs) rather than against one expected text: a recruiter could send them as
// they are. Grammar properties hold for the local engine's own writing; framing properties (name once,
// salutation, no sign-off in the body) hold whoever wrote the body, so they are also checked with a model
// that gets the framing wrong on purpose.

const applicants = loadApplicants();

const lossyModel = useLossyModel();

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** Words the writer may print with a capital mid-sentence: the ones the sources capitalise. */
function sourceWords(t: Tailored): Set<string> {
  const text = JSON.stringify(t.profile) + ' ' + JSON.stringify(t.job);
  return new Set(text.match(/[\p{L}\p{N}][\p{L}\p{N}'’+#.-]*/gu) ?? []);
}

// A letter in another language is greeted as letters there are; German and Polish go on in lower case after
// the salutation's comma, French sets a space before a colon, and German writes every noun with a capital.
const SALUTATIONS: Partial<Record<TextLanguage, string>> = {
  de: 'Sehr geehrte Damen und Herren,',
  fr: 'Madame, Monsieur,',
  es: 'Estimado equipo de selección:',
  pl: 'Szanowni Państwo,',
};

/** Problems of one sentence a reader would notice: fragments, broken punctuation, casing, articles. */
function sentenceProblems(s: string, words: Set<string>, language: TextLanguage, first: boolean): string[] {
  const out: string[] = [];
  const lowerAfterComma = first && (language === 'de' || language === 'pl');
  if (!/^[\p{Lu}\p{N}]/u.test(s) && !lowerAfterComma) out.push(`starts in lower case: "${s}"`);
  if (!/[.!?]["'”’)]?$/u.test(s)) out.push(`no end punctuation: "${s}"`);
  if (s.split(/\s+/u).length < 4) out.push(`fragment: "${s}"`);
  const stray = language === 'fr' ? /\.\.(?!\.)|\s[,.]|,,|\(\s*\)/u : /\.\.(?!\.)|\s[,.;:]|,,|\(\s*\)/u;
  if (stray.test(s)) out.push(`broken punctuation: "${s}"`);
  if (/[#*`_]|\]\(|Untitled/u.test(s)) out.push(`posting markup or placeholder: "${s}"`);
  if ((s.match(/\(/gu) ?? []).length !== (s.match(/\)/gu) ?? []).length) out.push(`unbalanced: "${s}"`);
  // What follows is English grammar.
  if (language !== 'en') return out;
  // a/an by sound, on words read as words ("a Head", "an Apprentice"; acronyms are left to the writer).
  for (const m of s.matchAll(/\b(a|an) ([A-Za-z][a-z][\w-]*)/gu)) {
    const [, art, word] = m as unknown as [string, string, string];
    const next = word.toLowerCase();
    const vowel = /^[aeiou]/u.test(next) && !/^(?:uni|use|usu|uti|eu|one\b|once)/u.test(next);
    const silentH = /^(?:hour|honest|honou?r|heir)/u.test(next);
    if (art === 'a' && (vowel || silentH)) out.push(`"a ${next}": "${s}"`);
    if (art === 'an' && !vowel && !silentH) out.push(`"an ${next}": "${s}"`);
  }
  // A capital mid-sentence must be the source's own spelling (no "continuous Telemetry monitoring").
  const tokens = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’+#.-]*/gu) ?? [];
  tokens.slice(1).forEach((token, i) => {
    const previous = tokens[i] ?? '';
    const bare = token.replace(/[.'’-]+$/u, '');
    if (!/^\p{Lu}/u.test(bare) || bare === 'I' || previous.endsWith('.')) return;
    if (!words.has(bare) && !words.has(token)) out.push(`capitalised "${bare}" is in no source: "${s}"`);
  });
  return out;
}

/** "I planned and deliver", "I provided …; I also administer": verbs of one sentence in one form. */
function verbFormProblems(s: string): string[] {
  const forms = [...s.matchAll(/\bI (?:also )?([a-z]+)(?:(?:,| and) ([a-z]+))?/gu)].flatMap((m) =>
    [m[1], m[2]].map((w) => (w ? verbForm(w) : undefined)).filter((v) => v !== undefined),
  );
  const kinds = new Set(forms.map((v) => (v.form === 'past' && v.base !== v.past ? 'past' : v.form)));
  kinds.delete('base');
  kinds.delete('past');
  const mixed =
    forms.some((v) => v.form === 'past' && v.past !== v.base) &&
    forms.some((v) => v.form === 'base' && v.past !== v.base);
  return kinds.size > 0 || mixed ? [`verb forms mixed: "${s}"`] : [];
}

function letterProblems(t: Tailored, grammar: boolean): string[] {
  if (t.content.type !== 'coverLetter') return ['not a letter'];
  const letter: CoverLetterContent = t.content.letter;
  const name = t.profile.fullName;
  const out: string[] = [];
  const rendered = readingOrder(toRenderableDocument(t.content, t.title, new Date('2026-03-10')));
  const printed = rendered.join('\n');
  // Name once at the top (letterhead) and once under the sign-off: never in the closing or the body.
  if (count(printed, name) !== 2) out.push(`name printed ${count(printed, name)} times`);
  if (letter.closing.includes(name)) out.push(`closing holds the name: ${letter.closing}`);
  if (count(t.content.contact.fullName + '\n' + letter.signature, name) !== 2)
    out.push('signature is not the name');
  // Salutation: the company's hiring team, or the hiring team when the company is unknown; in another
  // language, as letters there are greeted.
  const language = textLanguage(letter.paragraphs.join('\n')) ?? 'en';
  const company = cleanCompany(t.job.company, t.job.location);
  const expected =
    SALUTATIONS[language] ?? (company ? `Dear ${company.short} hiring team,` : 'Dear Hiring Team,');
  if (letter.salutation !== expected) out.push(`salutation "${letter.salutation}", expected "${expected}"`);
  const city = (t.job.location ?? '').split(',')[0]?.trim();
  if (city && !company?.short.includes(city) && letter.salutation.includes(city))
    out.push(`salutation names the place: ${letter.salutation}`);
  // The body holds no salutation, sign-off or signature of its own.
  for (const p of letter.paragraphs) {
    if (/^(?:dear|hello|hi)\b/iu.test(p)) out.push(`salutation in the body: ${p}`);
    if (/^(?:sincerely|kind regards|best regards|regards)\b/imu.test(p))
      out.push(`sign-off in the body: ${p}`);
    if (p.trim() === name) out.push('signature in the body');
  }
  if (letter.paragraphs.length === 0) out.push('empty letter');
  const words = sourceWords(t);
  const sentences = letter.paragraphs.flatMap((paragraph) => splitSentences(paragraph));
  if (new Set(sentences).size !== sentences.length) out.push('a sentence is repeated');
  sentences.forEach((s, index) => {
    if (/[#*`]|Untitled|\(m\/w\/d\)/iu.test(s)) out.push(`posting fragment: "${s}"`);
    if (grammar) out.push(...sentenceProblems(s, words, language, index === 0), ...verbFormProblems(s));
  });
  // The opening names the role with clean job facts.
  const opening = letter.paragraphs[0] ?? '';
  if (grammar && t.job.title && !/Untitled/u.test(t.job.title)) {
    const role = t.job.title
      .replace(/^#+\s*/u, '')
      .split(/\s+[-–(|]/u)[0]!
      .trim();
    if (!opening.includes(role)) out.push(`opening does not name the role "${role}": ${opening}`);
  }
  return out;
}

function resumeProblems(t: Tailored): string[] {
  if (t.content.type !== 'resume') return ['not a resume'];
  const r: TailoredResumeContent = t.content.resume;
  const out: string[] = [];
  const doc = toRenderableDocument(t.content, t.title);
  const printed = readingOrder(doc);
  if (count(printed.join('\n'), t.profile.fullName) !== 1) out.push('name printed more than once');
  const lines = printed.filter((l) => l.startsWith('• '));
  if (new Set(lines).size !== lines.length) out.push('a bullet is printed twice');
  const words = sourceWords(t);
  for (const e of r.experiences) {
    for (const b of e.bullets) {
      if (!/^[\p{Lu}\p{N}]/u.test(b.text)) out.push(`bullet starts in lower case: ${b.text}`);
      if (/\.\.|\s[,.;:]/u.test(b.text)) out.push(`broken punctuation: ${b.text}`);
      // The rewrite keeps every word's casing from the source (only brand spellings may change).
      for (const token of b.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’+#.-]*/gu)?.slice(1) ?? []) {
        const bare = token.replace(/[.'’-]+$/u, '');
        if (/^\p{Lu}/u.test(bare) && !words.has(bare) && !words.has(token))
          out.push(`capitalised "${bare}" is in no source: ${b.text}`);
      }
      const first = /^([A-Za-z]+)(?:(?:,| and) ([a-z]+))?/u.exec(b.text);
      const a = first?.[1] ? verbForm(first[1]) : undefined;
      const c = first?.[2] ? verbForm(first[2]) : undefined;
      if (a && c && a.form !== c.form && a.past !== a.base && c.past !== c.base)
        out.push(`verb forms mixed: ${b.text}`);
    }
  }
  // Dates: every dated entry prints them in the same place (the line under its headline), same format.
  for (const section of doc.sections)
    for (const block of section.blocks) {
      if (block.type !== 'entry') continue;
      if (
        block.dates !== undefined &&
        !/^(?:(?:[A-Z][a-z]{2} )?\d{4}(?: – (?:(?:[A-Z][a-z]{2} )?\d{4}|Present))?|(?:\d{2}[/.])?\d{4}(?: – (?:(?:\d{2}[/.])?\d{4}|heute|aujourd’hui|actualidad|obecnie))?)$/u.test(
          block.dates,
        )
      )
        out.push(`dates "${block.dates}"`);
      if (/\d{4}/u.test(block.title) && /\b(?:19|20)\d{2}\s*[–-]/u.test(block.title))
        out.push(`dates inside the headline: ${block.title}`);
    }
  for (const section of doc.sections)
    if (section.blocks.length === 0) out.push(`empty section ${section.heading}`);
  return out;
}

async function check(llm: ILLMService, pairs: 'all' | 'matching', grammar: boolean) {
  const problems: string[] = [];
  let letters = 0;
  let resumes = 0;
  for (const a of applicants)
    for (const b of pairs === 'all' ? applicants : [a]) {
      const letter = await tailor(llm, a.profile, b.posting, 'coverLetter');
      problems.push(...letterProblems(letter, grammar).map((p) => `${a.id} → ${b.id} letter: ${p}`));
      letters += 1;
      const resume = await tailor(llm, a.profile, b.posting, 'resume');
      problems.push(...resumeProblems(resume).map((p) => `${a.id} → ${b.id} resume: ${p}`));
      resumes += 1;
    }
  return { problems, letters, resumes };
}

describe('letters and resumes a recruiter would send', { timeout: 300_000 }, () => {
  it('from the local engine, over every applicant × posting', async () => {
    const { problems, letters, resumes } = await check(localModel(), 'all', true);
    expect(letters).toBe(applicants.length ** 2);
    expect(resumes).toBe(applicants.length ** 2);
    expect(problems).toEqual([]);
  });

  it('print the volunteer work and publications the person keeps, as they are kept', async () => {
    const changer = applicants.find((a) => a.id === 'career-changer')!;
    const t = await tailor(localModel(), changer.profile, changer.posting, 'resume');
    const printed = readingOrder(toRenderableDocument(t.content, t.title)).join('\n');
    expect(printed).toContain(
      'Volunteering\nVolunteer Tutor · Seattle Public Library\nSep 2021 – Present\n' +
        'Course Builder · Code.org Volunteer Network\nJan 2019 – Jun 2020\n',
    );
    expect(printed).toContain('Publications\nFlipping the middle-school lab — The Science Teacher (2022)');
  });

  it('from a model that signs twice, greets the city and repeats the sign-off in the body', async () => {
    const { problems } = await check(lossyModel(), 'matching', false);
    expect(problems).toEqual([]);
  });
});
