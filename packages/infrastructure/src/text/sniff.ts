const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);

export const hasPrefix = startsWith;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04
// A few common binary formats people upload by mistake, named in the error.
const OTHER_BINARIES: Array<[string, number[]]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['doc', [0xd0, 0xcf, 0x11, 0xe0]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

/**
 * The format the bytes say; the upload's name and declared type are ignored on purpose (both lie).
 * A PDF header may follow a little junk (the spec allows it within the first 1024 bytes), but only junk:
 * a text that mentions "%PDF-" after a line of prose is text. Real junk before a header is a few bytes of
 * a mail or download wrapper, never a whole line of words.
 */
export function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'text' | string {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, ZIP)) return 'zip';
  const binary = OTHER_BINARIES.find(([, signature]) => startsWith(bytes, signature))?.[0];
  if (binary) return binary;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const at = head.indexOf('%PDF-');
  // A real header is followed by a version ("%PDF-1.7") and starts a line of its own.
  if (at >= 0 && /^%PDF-\d\.\d/u.test(head.slice(at)) && (at === 0 || /[\r\n]$/u.test(head.slice(0, at))))
    return looksLikeProse(head.slice(0, at)) ? 'text' : 'pdf';
  return 'text';
}

/** Two or more words of letters: something a person wrote, so the file is text that quotes a PDF header. */
const looksLikeProse = (prefix: string): boolean => /\p{L}{2,}\s+\p{L}{2,}/u.test(prefix);
