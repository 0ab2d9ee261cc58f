/**
 * PDF export of a two-page resume: Tailor's pdf-lib renderer against headless Chromium printing the same
 * resume as HTML (what several resume builders do). Chromium's time is wall time per PDF, browser start
 * included, because that is what a request would pay. Skipped when /usr/bin/chromium is not installed.
 * Run alone: npx tsx --conditions=source bench/pdf-vs-chromium.ts
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import type { DocumentBlock, RenderableDocument } from '@tailor/domain';
import { PdfLibDocumentRenderer } from '@tailor/infrastructure/renderers';
import { DocumentMother } from '@tailor/infrastructure/testing';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_RUNS = Number(process.env.BENCH_CHROMIUM_RUNS ?? 3);
const PDF_RUNS = 30;
const clock = { now: () => new Date('2025-01-02T00:00:00Z') };

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const escape = (text: string) =>
  text.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function blockHtml(block: DocumentBlock): string {
  if (block.type === 'paragraph') return `<p>${escape(block.text)}</p>`;
  if (block.type === 'list') return `<p>${block.items.map(escape).join(' · ')}</p>`;
  const heading = [block.title, block.organisation, block.location]
    .filter((part): part is string => Boolean(part))
    .map(escape)
    .join(', ');
  return `<div class="entry"><div class="row"><b>${heading}</b><span>${escape(block.dates ?? '')}</span></div>
<ul>${block.bullets.map((b) => `<li>${escape(b)}</li>`).join('')}</ul></div>`;
}

/** The same content, fonts and page size as the pdf-lib plain template, as a simple print stylesheet. */
export function resumeHtml(doc: RenderableDocument): string {
  return `<!doctype html><html lang="${doc.language ?? 'en'}"><head><meta charset="utf-8"><title>${escape(doc.title)}</title>
<style>@page{size:A4;margin:18mm}body{font:10pt 'DejaVu Sans',sans-serif;line-height:1.35}
h1{font-size:18pt;margin:0}h2{font-size:12pt;border-bottom:1px solid #999;margin:14pt 0 6pt}
.row{display:flex;justify-content:space-between}ul{margin:2pt 0 6pt 14pt;padding:0}</style></head><body>
<h1>${escape(doc.header.fullName)}</h1><p>${escape(doc.header.headline ?? '')}</p>
<p>${doc.header.contact.map((c) => escape(c.text)).join(' · ')}</p>
${doc.sections.map((s) => `<h2>${escape(s.heading)}</h2>${s.blocks.map(blockHtml).join('\n')}`).join('\n')}
</body></html>`;
}

async function chromiumPrint(htmlFile: string, outFile: string, profileDir: string): Promise<void> {
  await promisify(execFile)(CHROMIUM, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profileDir}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${outFile}`,
    pathToFileURL(htmlFile).href,
  ]);
}

export interface PdfComparison {
  pdfLibMedianMs: number;
  chromiumMedianMs: number | null;
  pdfLibPages: number;
  chromiumPages: number | null;
  /** Chromium time / pdf-lib time; null when Chromium is not installed. */
  timesFaster: number | null;
}

export async function benchPdfVersusChromium(): Promise<PdfComparison> {
  const resume = DocumentMother.resume();
  const renderer = new PdfLibDocumentRenderer(clock);
  let rendered = await renderer.render(resume); // fonts load once per process
  for (let i = 0; i < 10; i++) rendered = await renderer.render(resume);
  const pdfSamples: number[] = [];
  for (let i = 0; i < PDF_RUNS; i++) {
    const started = performance.now();
    rendered = await renderer.render(resume);
    pdfSamples.push(performance.now() - started);
  }
  const pdfLibMedianMs = Math.round(median(pdfSamples) * 100) / 100;
  const pdfLibPages = rendered.pageCount ?? (await PDFDocument.load(rendered.bytes)).getPageCount();
  if (!existsSync(CHROMIUM))
    return { pdfLibMedianMs, chromiumMedianMs: null, pdfLibPages, chromiumPages: null, timesFaster: null };

  const work = mkdtempSync(join(tmpdir(), 'tailor-chromium-'));
  try {
    const htmlFile = join(work, 'resume.html');
    writeFileSync(htmlFile, resumeHtml(resume));
    const chromiumSamples: number[] = [];
    let chromiumPages = 0;
    for (let i = 0; i < CHROMIUM_RUNS; i++) {
      const outFile = join(work, `out-${i}.pdf`);
      const started = performance.now();
      // A fresh profile each time, as a server printing one PDF per request would use.
      await chromiumPrint(htmlFile, outFile, join(work, `profile-${i}`));
      chromiumSamples.push(performance.now() - started);
      chromiumPages = (await PDFDocument.load(readFileSync(outFile))).getPageCount();
    }
    const chromiumMedianMs = Math.round(median(chromiumSamples));
    return {
      pdfLibMedianMs,
      chromiumMedianMs,
      pdfLibPages,
      chromiumPages,
      timesFaster: Math.round((chromiumMedianMs / pdfLibMedianMs) * 10) / 10,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(await benchPdfVersusChromium());
