import { ImportErrors } from '@tailor/domain';
import { hasPrefix } from './sniff.js';

/**
 * UTF-8 (with or without BOM), UTF-16 LE/BE (BOM) and, for bytes that are not valid UTF-8, Windows-1252
 * (the superset of Latin-1 that old editors write). Other binary data (NUL bytes) is not text.
 */
export function decodeText(bytes: Uint8Array): string {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (hasPrefix(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (hasPrefix(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) throw ImportErrors.unsupportedType('binary');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Windows-1252's printable characters in 0x80–0x9F (where Latin-1 has control codes); unassigned bytes stay
// as they are. Node's TextDecoder('windows-1252') decodes these as Latin-1, so the table is ours.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chars: string[] = new Array<string>(bytes.length);
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] as number;
    chars[index] =
      byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] as string) : String.fromCharCode(byte);
  }
  return chars.join('');
}
