import { constants, deflateRawSync } from 'node:zlib';

/**
 * Hostile files made on the fly (nothing large is committed). Each one is what issue 13 measured hurting
 * the server: an archive that lies about its sizes, a PDF with 20,000 pages, a page whose content unpacks
 * to 200 MB, and text made of whitespace runs and short lines.
 */

/** `megabytes` MB of raw deflate data that inflates ~1000×: 1 MB of zeros compressed once, repeated. */
function deflateBomb(inflatedMegabytes: number): Buffer {
  // A full flush ends the chunk on a byte boundary without a final block, so copies can be concatenated.
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const finalBlock = Buffer.from([0x03, 0x00]); // an empty final fixed-Huffman block
  return Buffer.concat([...Array.from({ length: inflatedMegabytes }, () => chunk), finalBlock]);
}

/** A ZIP whose entries declare tiny sizes over data that inflates to gigabytes. */
export function lyingDocx(compressedMegabytes = 5): Buffer {
  const chunkSize = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH }).length;
  const bomb = deflateBomb(Math.floor((compressedMegabytes * 1024 * 1024) / chunkSize));
  const types = Buffer.from('<?xml version="1.0"?><Types/>');
  return zip([
    { name: '[Content_Types].xml', data: types, method: 0, declared: types.length },
    // Declares 1,000 bytes; actually a few gigabytes of zeros.
    { name: 'word/document.xml', data: bomb, method: 8, declared: 1_000 },
  ]);
}

interface ZipPart {
  name: string;
  data: Buffer;
  method: 0 | 8;
  declared: number;
}

function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(part.declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    centrals.push(central, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A well-formed PDF (with a correct xref table) of the given objects; object 1 is the catalog. */
function pdf(objects: Array<string | Buffer>): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const parts = [
      Buffer.from(`${index + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body),
      Buffer.from('\nendobj\n'),
    ];
    for (const part of parts) {
      chunks.push(part);
      length += part.length;
    }
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  chunks.push(Buffer.from(xref.join('')));
  return Buffer.concat(chunks);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A PDF with `pages` pages, each saying one line (20,000 pages is about 3 MB). */
export function manyPagesPdf(pages = 20_000): Buffer {
  const content = 'BT /F1 12 Tf 72 720 Td (Jane Roe, page) Tj ET';
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    FONT,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const kids: string[] = [];
  for (let page = 0; page < pages; page += 1) {
    kids.push(`${objects.length + 1} 0 R`);
    objects.push(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>',
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return pdf(objects);
}

/** A one-page PDF whose content stream inflates to `megabytes` MB (a few hundred KB on disk). */
export function inflatingPagePdf(megabytes = 200): Buffer {
  // zlib header, the raw deflate data, and an Adler-32 nobody reaches.
  const stream = Buffer.concat([Buffer.from([0x78, 0x9c]), deflateBomb(megabytes), Buffer.alloc(4)]);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    Buffer.concat([
      Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
      stream,
      Buffer.from('\nendstream'),
    ]),
    FONT,
  ]);
}

/** Text that was quadratic for the old line parser: long whitespace runs between words, and short lines. */
export function whitespaceText(bytes = 200 * 1024): Buffer {
  const pieces: string[] = [];
  let size = 0;
  while (size < bytes) {
    const piece = size % 3 === 0 ? `x${' \t'.repeat(20_000)}y 2019 -\n` : 'ab\n'.repeat(2_000);
    pieces.push(piece);
    size += piece.length;
  }
  return Buffer.from(pieces.join('').slice(0, bytes));
}

/**
 * A posting inside `bytes` of dense markup (three elements every 45 bytes), as a pasted page may be: parsing
 * it is ~1 s of CPU, and it took 13 s on the event loop before page reading moved to the worker pool.
 */
export function denseMarkupPage(bytes: number): string {
  const posting =
    '<h1>Night Shift Nurse</h1><p>We are hiring a registered nurse for our cardiac ward.</p>' +
    '<h2>Requirements</h2><ul><li>Registered nurse licence</li><li>2 years of acute care experience</li></ul>';
  const filler = '<div class="a"><span>x</span><b>y</b></div>';
  const count = Math.max(0, Math.floor((bytes - posting.length - 60) / filler.length));
  return `<html><body><main>${posting}${filler.repeat(count)}</main></body></html>`;
}
