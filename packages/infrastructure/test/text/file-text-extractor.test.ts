import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../../../tests/support/fixtures.js';
import { FileTextExtractor, decodeText } from '../../src/text/file-text-extractor.js';
import { parseResumeText } from '../../src/llm/local/resume-text-parser.js';

const RESUME = 'José Müller\nSenior Engineer at Acme GmbH, 2019 – 2024\nBuilt the billing platform.';

describe('FileTextExtractor', () => {
  const extractor = new FileTextExtractor();

  it('decodes UTF-8 (with and without BOM), UTF-16 LE/BE with BOM, and falls back to Windows-1252', () => {
    const utf8 = Buffer.from(RESUME, 'utf8');
    expect(decodeText(utf8)).toBe(RESUME);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toBe(RESUME);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RESUME, 'utf16le')]))).toBe(
      RESUME,
    );
    const be = Buffer.from(RESUME, 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(RESUME);
    // "é" as the single byte 0xE9 is not valid UTF-8: read as Latin-1, not refused. 0x96 is cp1252's en dash.
    const latin = Buffer.from(RESUME.replace('–', '\u0096'), 'latin1');
    expect(decodeText(latin)).toBe(RESUME);
  });

  it('keeps the list bullets of a Word resume as "• " lines, one line per paragraph, entities decoded', async () => {
    const { format, text } = await extractor.extract(
      fixtureBytes('resumes/docx/priya-raman.software-engineer.docx'),
    );
    expect(format).toBe('docx');
    const lines = text.split('\n');
    expect(lines[0]).toBe('PRIYA RAMAN');
    const header = lines.indexOf('Software Engineer | Tidewater Health Scheduling | 2019 - 2022');
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toBe(
      '• Built appointment booking APIs in Python and Django used by 120 clinics',
    );
    expect(text).not.toMatch(/&amp;|<\/?[a-z]+>/u);
  });

  it("reads a Word resume's page header first: templates put the name and the contact line there", async () => {
    const line = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    const header = new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: 'Priya Natarajan', bold: true })],
        }),
        line('priya.natarajan@example.com | (312) 555-0177 | Chicago, IL'),
        // A page number is a field: its code is no text.
        new Paragraph({ children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })] }),
      ],
    });
    const body = [
      line('EXPERIENCE'),
      line('Senior Accountant, Grant Thornton, Chicago, IL'),
      line('March 2020 – Present'),
      new Paragraph({ text: 'Closed the books for 12 entities each month.', bullet: { level: 0 } }),
    ];
    const bytes = await Packer.toBuffer(
      new Document({ sections: [{ headers: { default: header }, children: body }] }),
    );
    const { text } = await extractor.extract(bytes);
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Priya Natarajan',
      'priya.natarajan@example.com | (312) 555-0177 | Chicago, IL',
      '',
    ]);
    const resume = parseResumeText(text);
    expect([resume.fullName, resume.headline, resume.contact.email, resume.contact.phone]).toEqual([
      'Priya Natarajan',
      null,
      'priya.natarajan@example.com',
      '(312) 555-0177',
    ]);
    expect(resume.experiences.map((e) => [e.title, e.company])).toEqual([
      ['Senior Accountant', 'Grant Thornton'],
    ]);
  });

  it('refuses binary data that is not a document', async () => {
    const binary = Buffer.concat([Buffer.from('abc'), Buffer.alloc(40), Buffer.from('def')]);
    await expect(extractor.extract(binary)).rejects.toMatchObject({ code: 'IMPORT.UNSUPPORTED_TYPE' });
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 7)]);
    await expect(extractor.extract(jpeg)).rejects.toMatchObject({
      code: 'IMPORT.UNSUPPORTED_TYPE',
      details: { detected: 'jpeg' },
    });
  });

  it('reports text too short to be a resume as IMPORT.NO_TEXT, and a damaged PDF as IMPORT.UNREADABLE', async () => {
    await expect(extractor.extract(Buffer.from('  \n hi \n'))).rejects.toMatchObject({
      code: 'IMPORT.NO_TEXT',
    });
    await expect(extractor.extract(Buffer.from('%PDF-1.7\nthis is not a pdf at all'))).rejects.toMatchObject({
      code: 'IMPORT.UNREADABLE',
    });
  });

  it('reads a text that merely mentions "%PDF-" as text', async () => {
    const text = 'Jane Roe\nPDF engineer: wrote parsers for files that start with %PDF-1.7 headers.\n';
    await expect(extractor.extract(Buffer.from(text))).resolves.toEqual({ format: 'text', text });
    const quoted = 'Jane Roe wrote this\n%PDF-1.7 is how a PDF starts, and this line is prose.';
    await expect(extractor.extract(Buffer.from(quoted))).resolves.toMatchObject({ format: 'text' });
  });
});
