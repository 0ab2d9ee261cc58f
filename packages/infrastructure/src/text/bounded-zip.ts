import { ImportErrors } from '@tailor/domain';
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

/**
 * Limits on any archive a user uploads (a DOCX, a LinkedIn export). A real resume DOCX unpacks to well
 * under a megabyte; a LinkedIn export to a few.
 */
export const ARCHIVE_LIMITS = { maxEntries: 1_000, maxUnpackedBytes: 20 * 1024 * 1024 };

export interface ZipEntryInfo {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** The central directory only (nothing inflated); more than `maxEntries` entries is refused. */
export function listEntries(bytes: Uint8Array): Promise<ZipEntryInfo[]> {
  return withZip(bytes, (zip, resolve, reject) => {
    const entries: ZipEntryInfo[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push({
        fileName: entry.fileName,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
      });
      if (entries.length > ARCHIVE_LIMITS.maxEntries) {
        zip.close();
        reject(ImportErrors.archiveTooLarge({ maxEntries: ARCHIVE_LIMITS.maxEntries }));
      } else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
  });
}

/**
 * Inflates the entries `wanted` chooses, counting the bytes actually produced (never trusting the sizes the
 * archive declares, which an attacker writes): each entry is inflated in one native call whose output is
 * capped at what is left of `maxUnpackedBytes` (zlib's `maxOutputLength`), so a lying archive stops at the
 * limit, within milliseconds, holding at most the limit in memory.
 */
export function readEntries(
  bytes: Uint8Array,
  wanted: (fileName: string) => boolean,
): Promise<Map<string, Buffer>> {
  return withZip(bytes, (zip, resolve, reject) => {
    const files = new Map<string, Buffer>();
    let produced = 0;
    let count = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      zip.close();
      reject(error);
    };
    zip.on('entry', (entry: yauzl.Entry) => {
      count += 1;
      if (count > ARCHIVE_LIMITS.maxEntries)
        return fail(ImportErrors.archiveTooLarge({ maxEntries: ARCHIVE_LIMITS.maxEntries }));
      if (entry.fileName.endsWith('/') || !wanted(entry.fileName)) return zip.readEntry();
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        return fail(ImportErrors.unreadable('zip'));
      // The raw (still compressed) bytes: their size is bounded by the upload itself.
      zip.openReadStream(
        entry,
        entry.compressionMethod === 8 ? { decompress: false } : {},
        (error, stream) => {
          if (error || !stream) return fail(ImportErrors.unreadable('zip'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', () => fail(ImportErrors.unreadable('zip')));
          stream.on('end', () => {
            if (failed) return;
            const raw = Buffer.concat(chunks);
            const left = ARCHIVE_LIMITS.maxUnpackedBytes - produced;
            let data: Buffer;
            try {
              data =
                entry.compressionMethod === 0
                  ? raw
                  : inflateRawSync(raw, { maxOutputLength: Math.max(left, 1) });
            } catch (inflateError) {
              const tooLarge = (inflateError as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
              return fail(
                tooLarge
                  ? ImportErrors.archiveTooLarge({
                      maxUnpackedBytes: ARCHIVE_LIMITS.maxUnpackedBytes,
                      entry: entry.fileName,
                    })
                  : ImportErrors.unreadable('zip'),
              );
            }
            produced += data.length;
            if (produced > ARCHIVE_LIMITS.maxUnpackedBytes)
              return fail(
                ImportErrors.archiveTooLarge({ maxUnpackedBytes: ARCHIVE_LIMITS.maxUnpackedBytes }),
              );
            files.set(entry.fileName, data);
            zip.readEntry();
          });
        },
      );
    });
    zip.on('end', () => {
      if (!failed) resolve(files);
    });
  });
}

type Body<T> = (zip: yauzl.ZipFile, resolve: (value: T) => void, reject: (error: unknown) => void) => void;

function withZip<T>(bytes: Uint8Array, body: Body<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: false }, (error, zip) => {
      if (error || !zip) return reject(ImportErrors.unreadable('zip'));
      zip.on('error', () => reject(ImportErrors.unreadable('zip')));
      body(zip, resolve, reject);
      zip.readEntry();
    });
  });
}
