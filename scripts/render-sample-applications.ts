// Renders a resume and a cover letter for a nurse, an accountant and a Polish quality engineer applying to a
// German posting (fixtures in tests/fixtures/applicants), with the built-in engine, in both templates, to
// ./out/samples/, and prints what pdftotext reads from each (when poppler-utils is installed).
//
//   pnpm samples
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSamples } from '../packages/infrastructure/test/tailoring/applicant-harness.js';

const dir = join(process.cwd(), 'out', 'samples');
mkdirSync(dir, { recursive: true });
for (const sample of await renderSamples()) {
  const path = join(dir, sample.fileName);
  writeFileSync(path, sample.bytes);
  console.log(`\n=== ${path} (${sample.bytes.length} bytes)`);
  try {
    console.log(execFileSync('pdftotext', [path, '-']).toString());
  } catch {
    console.log('(pdftotext not found: install poppler-utils to read the text back)');
  }
}
