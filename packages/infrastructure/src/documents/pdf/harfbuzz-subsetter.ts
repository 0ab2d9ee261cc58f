import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/* The harfbuzz subsetter compiled to WebAssembly, shipped inside the harfbuzzjs npm package (no download).
 * We drive it directly rather than through `subset-font`, which copies the whole font into wasm memory on
 * every call (~8 MB for a CJK font: 45–250 ms) and cannot keep glyph ids. Here each font is copied once per
 * process and stays there as a harfbuzz face. */

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_RETAIN_GIDS = 0x2;

interface HarfbuzzExports {
  memory: { buffer: ArrayBuffer };
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

interface WasmApi {
  instantiate(bytes: Uint8Array): Promise<{ instance: { exports: unknown } }>;
}

let harfbuzz: Promise<HarfbuzzExports> | undefined;

function loadHarfbuzz(): Promise<HarfbuzzExports> {
  harfbuzz ??= (async () => {
    const wasmPath = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    // The WebAssembly global is not in this project's lib typings (no DOM lib): a minimal view of it.
    const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
    const { instance } = await wasm.instantiate(await readFile(wasmPath));
    const exports = instance.exports as unknown as HarfbuzzExports;
    exports._initialize();
    return exports;
  })();
  return harfbuzz;
}

/** One font loaded into harfbuzz for the life of the process. */
export class HarfbuzzFace {
  private constructor(
    private readonly hb: HarfbuzzExports,
    private readonly face: number,
  ) {}

  static async load(fontBytes: Uint8Array): Promise<HarfbuzzFace> {
    const hb = await loadHarfbuzz();
    const pointer = hb.malloc(fontBytes.byteLength);
    new Uint8Array(hb.memory.buffer).set(fontBytes, pointer);
    const blob = hb.hb_blob_create(pointer, fontBytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    return new HarfbuzzFace(hb, face);
  }

  /**
   * A font holding only the glyphs of `codePoints` (plus what they need), without hinting; with `retainGids`
   * the original glyph ids stay valid (unused ones become empty). Keeps the outline format (glyf or CFF).
   */
  subset(codePoints: Iterable<number>, retainGids: boolean): Uint8Array {
    const hb = this.hb;
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('harfbuzz could not create a subset input');
    try {
      hb.hb_subset_input_set_flags(
        input,
        hb.hb_subset_input_get_flags(input) |
          (retainGids ? HB_SUBSET_FLAGS_RETAIN_GIDS : 0) |
          HB_SUBSET_FLAGS_NO_HINTING,
      );
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
      const subsetFace = hb.hb_subset_or_fail(this.face, input);
      if (subsetFace === 0) throw new Error('harfbuzz failed to subset the font');
      const blob = hb.hb_face_reference_blob(subsetFace);
      const offset = hb.hb_blob_get_data(blob, 0);
      const length = hb.hb_blob_get_length(blob);
      // Copy out: the wasm heap may be reused or grown by the next call.
      const bytes = new Uint8Array(hb.memory.buffer, offset, length).slice();
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(subsetFace);
      if (length === 0) throw new Error('harfbuzz produced an empty subset');
      return bytes;
    } finally {
      hb.hb_subset_input_destroy(input);
    }
  }
}
