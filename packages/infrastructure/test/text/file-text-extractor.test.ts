import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../../../tests/support/fixtures.js';
import { FileTextExtractor, decodeText, mendSplitDateRanges } from '../../src/text/file-text-extractor.js';

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

  it('puts a date range split over lines by pdf.js back in front of its entry', () => {
    expect(
      mendSplitDateRanges('Experience\nJune 2022 –\nPresent\nEngineer, Google, Mountain View\nBuilt things.'),
    ).toBe('Experience\nJune 2022 – Present Engineer, Google, Mountain View\nBuilt things.');
    expect(mendSplitDateRanges('2018 – 2021 Data Scientist, Uber')).toBe('2018 – 2021 Data Scientist, Uber');
  });
});
