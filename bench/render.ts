import { pathToFileURL } from 'node:url';
import { DocxDocumentRenderer, PdfLibDocumentRenderer } from '@tailor/infrastructure/renderers';
import { DocumentMother } from '@tailor/infrastructure/testing';

// Rendering cost once fonts are loaded: medians over RUNS renders after WARMUP renders.
const RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 30);
const WARMUP = 15;
const clock = { now: () => new Date('2025-01-02T00:00:00Z') };

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function time(render: () => Promise<{ bytes: Uint8Array; pageCount: number | null }>) {
  let last = await render();
  for (let i = 1; i < WARMUP; i++) await render();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    last = await render();
    samples.push(performance.now() - start);
  }
  return {
    medianMs: Math.round(median(samples) * 100) / 100,
    bytes: last.bytes.length,
    pages: last.pageCount ?? '',
  };
}

export async function benchRender(): Promise<Record<string, string | number>[]> {
  const pdf = new PdfLibDocumentRenderer(clock);
  const docx = new DocxDocumentRenderer(clock);
  const resume = DocumentMother.resume();
  const cjk = DocumentMother.cjkResume();
  const coldStart = performance.now();
  await pdf.render(resume);
  const firstPdfMs = Math.round(performance.now() - coldStart);
  const rows: Record<string, string | number>[] = [];
  for (const [name, run] of [
    ['pdf resume (DejaVu), plain A4', () => pdf.render(resume)],
    [
      'pdf resume (DejaVu), modern Letter',
      () => pdf.render(resume, { templateId: 'modern', pageSize: 'Letter' }),
    ],
    ['pdf resume with CJK (DejaVu + Noto Sans Hans)', () => pdf.render(cjk)],
    ['docx resume', () => docx.render(resume)],
  ] as const) {
    rows.push({ benchmark: name, runs: RUNS, ...(await time(run)) });
  }
  rows.push({
    benchmark: 'first pdf render in the process (loads DejaVu, harfbuzz)',
    runs: 1,
    medianMs: firstPdfMs,
    bytes: '',
    pages: '',
  });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await benchRender());
}
