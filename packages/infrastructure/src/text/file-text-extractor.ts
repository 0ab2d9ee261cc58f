import {
  ImportErrors,
  type ExtractedDocument,
  type ExtractedText,
  type IDocumentTextExtractor,
} from '@tailor/domain';
import { listEntries } from './bounded-zip.js';
import { decodeText } from './decode-text.js';
import { docxText, isDocx } from './docx-text.js';
import { isLinkedInExport, readLinkedInExport } from './linkedin-export.js';
import { pdfText } from './pdf-text.js';
import { sniff } from './sniff.js';

export { decodeText } from './decode-text.js';

/**
 * PDF via unpdf (pdf.js) with its text rebuilt from positions, DOCX via mammoth behind a bounded unzip,
 * text with encoding detection, and a LinkedIn data export read from its CSV files. Runs in the calling
 * thread: the server uses it inside the document worker pool (document-worker-pool.ts), never on the
 * request event loop.
 */
export class FileTextExtractor implements IDocumentTextExtractor {
  async extract(bytes: Uint8Array): Promise<ExtractedText> {
    const document = await this.extractDocument(bytes);
    if (document.format === 'linkedin') throw ImportErrors.unsupportedType('linkedin-export');
    return document;
  }

  async extractDocument(bytes: Uint8Array): Promise<ExtractedDocument> {
    const kind = sniff(bytes);
    if (kind === 'pdf') return { format: 'pdf', text: requireText(await pdfText(bytes), 'pdf') };
    if (kind === 'zip') {
      const entries = await listEntries(bytes);
      if (isDocx(entries))
        return { format: 'docx', text: requireText(await docxText(bytes, entries), 'docx') };
      if (isLinkedInExport(entries)) return { format: 'linkedin', profile: await readLinkedInExport(bytes) };
      throw ImportErrors.unsupportedType('zip');
    }
    if (kind !== 'text') throw ImportErrors.unsupportedType(kind);
    return { format: 'text', text: requireText(decodeText(bytes), 'text') };
  }
}

function requireText(text: string, format: string): string {
  // NUL bytes are refused by PostgreSQL text columns and mean nothing in a resume.
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/\r\n?/gu, '\n').replace(/\u0000/gu, '');
  // A scan yields nothing or a few stray glyphs; a resume has at least a name and a line or two.
  if (countNonSpace(cleaned, 20) < 20) throw ImportErrors.noText(format);
  return cleaned;
}

/** Non-space characters, counting only up to `enough` (a 5 MB text need not be copied to learn it has 20). */
function countNonSpace(text: string, enough: number): number {
  let count = 0;
  for (let index = 0; index < text.length && count < enough; index += 1)
    if (!/\s/u.test(text[index] as string)) count += 1;
  return count;
}
