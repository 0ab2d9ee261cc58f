/**
 * Reading a posting out of a pasted page (the job of a document worker, measured here in the calling thread):
 * an ordinary page with its navigation and footer, and a posting inside 2 MB of dense markup, the most a
 * fetched page may be. Run alone: npx tsx --conditions=source bench/page-reading.ts
 */
import { fileURLToPath } from 'node:url';
import { CheerioPostingPageReader } from '@tailor/infrastructure';

const posting =
  '<h1>Night Shift Nurse</h1><p>We are hiring a registered nurse for our cardiac ward in Leeds.</p>' +
  '<h2>Requirements</h2><ul><li>Registered nurse licence</li><li>2 years of acute care experience</li></ul>' +
  '<h2>What you will do</h2><ul>' +
  '<li>Assess and monitor patients after cardiac surgery</li>'.repeat(12) +
  '</ul>';
const navigation = `<nav><ul>${'<li><a href="/jobs/1">Open roles in another team</a></li>'.repeat(400)}</ul></nav>`;
const ordinaryPage = `<html><head><title>Careers</title></head><body><header>${navigation}</header><main>${posting}</main><footer>${navigation}</footer></body></html>`;
const filler = '<div class="a"><span>x</span><b>y</b></div>';
const densePage = `<html><body><main>${posting}${filler.repeat(Math.floor(2_000_000 / filler.length))}</main></body></html>`;

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function time(html: string, runs: number): number {
  const reader = new CheerioPostingPageReader();
  const read = () => {
    const reading = reader.read({ content: html, format: 'html', url: null });
    if (reading?.posting.title !== 'Night Shift Nurse') throw new Error('the bench page was not read');
  };
  read(); // warm-up: cheerio is loaded on first use
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    read();
    samples.push(performance.now() - started);
  }
  return Math.round(median(samples) * 10) / 10;
}

export async function benchPageReading(): Promise<Record<string, string | number>[]> {
  return [
    {
      name: `page reading: ordinary page (${Math.round(ordinaryPage.length / 1000)} KB)`,
      medianMs: time(ordinaryPage, 15),
    },
    { name: `page reading: 2 MB of dense markup`, medianMs: time(densePage, 3) },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await benchPageReading());
}
