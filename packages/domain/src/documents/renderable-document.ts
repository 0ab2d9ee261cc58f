/**
 * The presentation model every renderer takes: what a reader sees, in reading order, with no layout in it.
 * Generation (profile + job → tailored content) produces one; PDF, DOCX, TXT, Markdown and JSON render it.
 */
export type DocumentKind = 'resume' | 'coverLetter';

export type ContactKind = 'email' | 'phone' | 'location' | 'link';

export interface ContactItem {
  kind: ContactKind;
  text: string;
  /** Target of a clickable link; for `email` it defaults to `mailto:<text>`. */
  url?: string;
}

export interface DocumentHeader {
  fullName: string;
  headline?: string;
  contact: ContactItem[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

export interface EntryBlock {
  type: 'entry';
  title: string;
  organisation?: string;
  location?: string;
  /** Already formatted for the reader, e.g. "2021 – present". */
  dates?: string;
  bullets: string[];
}

export interface ListBlock {
  type: 'list';
  items: string[];
}

export type DocumentBlock = ParagraphBlock | EntryBlock | ListBlock;

export interface DocumentSection {
  heading: string;
  blocks: DocumentBlock[];
}

/** Cover-letter framing around the body sections: date line, recipient block, closing and signature. */
export interface LetterParts {
  date?: string;
  recipient?: string[];
  salutation?: string;
  closing?: string;
}

export interface RenderableDocument {
  kind: DocumentKind;
  /** Document metadata title (PDF Title, DOCX title); not printed. */
  title: string;
  /** BCP 47 tag of the content, e.g. "en", "pl", "zh-CN". */
  language?: string;
  subject?: string;
  keywords?: string[];
  header: DocumentHeader;
  letter?: LetterParts;
  sections: DocumentSection[];
}

/** The link a contact item points at, or null when it is plain text. */
export function contactUrl(item: ContactItem): string | null {
  if (item.url) return item.url;
  if (item.kind === 'email') return `mailto:${item.text}`;
  return null;
}

/** "Title · Organisation · Location" line of an entry (empty parts left out). */
export function entryHeadline(entry: EntryBlock): string {
  return [entry.title, entry.organisation, entry.location].filter((part) => part && part.trim()).join(' · ');
}

/**
 * Every printed text of the document, one item per printed line before wrapping, in the reading order all
 * renderers follow: name, headline, contacts, (letter: date, recipient, salutation), sections top to bottom,
 * (letter: closing, name). Tests compare renderers' extracted text with this.
 */
export function readingOrder(doc: RenderableDocument): string[] {
  const out: string[] = [doc.header.fullName];
  if (doc.header.headline) out.push(doc.header.headline);
  if (doc.header.contact.length > 0) out.push(doc.header.contact.map((c) => c.text).join(' | '));
  if (doc.letter?.date) out.push(doc.letter.date);
  for (const line of doc.letter?.recipient ?? []) out.push(line);
  if (doc.letter?.salutation) out.push(doc.letter.salutation);
  for (const section of doc.sections) {
    if (section.heading) out.push(section.heading);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') out.push(block.text);
      else if (block.type === 'list') out.push(block.items.join(', '));
      else {
        out.push(entryHeadline(block));
        if (block.dates) out.push(block.dates);
        for (const bullet of block.bullets) out.push(`• ${bullet}`);
      }
    }
  }
  if (doc.letter?.closing) out.push(doc.letter.closing, doc.header.fullName);
  return out;
}

/** Every character the document prints (for font coverage checks). */
export function documentCharacters(doc: RenderableDocument): string {
  return readingOrder(doc).join('\n');
}
