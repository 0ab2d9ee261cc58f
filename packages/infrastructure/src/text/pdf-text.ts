import { ImportErrors } from '@tailor/domain';
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { checkPdfContentBudget, PDF_LIMITS } from './pdf-budget.js';
import { pageText } from './pdf-layout.js';

/**
 * A PDF's text in reading order. Refused before any page is read when the file is beyond PDF_LIMITS:
 * first its compressed content (counted by inflating, see pdf-budget), then its page count.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  checkPdfContentBudget(bytes);
  let document;
  try {
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    document = await getDocumentProxy(new Uint8Array(bytes));
  } catch {
    throw ImportErrors.unreadable('pdf');
  }
  try {
    if (document.numPages > PDF_LIMITS.maxPages)
      throw ImportErrors.tooComplex({ pages: document.numPages, maxPages: PDF_LIMITS.maxPages });
    let items;
    try {
      items = (await extractTextItems(document)).items;
    } catch {
      throw ImportErrors.unreadable('pdf');
    }
    return items.map((page) => pageText(page)).join('\n');
  } finally {
    await document.destroy();
  }
}
