import { describe, expect, it } from 'vitest';
import { CheerioPostingPageReader } from '../../src/jobs/import/cheerio-posting-page-reader.js';

const reader = new CheerioPostingPageReader();
const read = (content: string) => reader.read({ content, format: 'html', url: null })?.posting;

const BODY = `<p>We make boxes in eleven plants and need people who keep the lines running through every shift.</p>
<p><b>What you will do</b></p><ul><li>Carry out preventive maintenance on conveyors</li><li>Follow lockout/tagout on every job</li></ul>`;

describe('pages that title the job with an h2', () => {
  it('takes the heading the document title names, and the employer from "Careers at …"', () => {
    const posting = read(`<html><head><title>Maintenance Technician II</title>
<meta property="og:site_name" content="Careers at Bellwether Packaging"></head><body>
<div class="bar"><a href="/">Careers</a></div><h2>Maintenance Technician II</h2>${BODY}</body></html>`);
    expect(posting?.title).toBe('Maintenance Technician II');
    expect(posting?.company).toBe('Bellwether Packaging');
  });

  it('takes the employer the document title names beside the job, not the applicant system', () => {
    const posting = read(`<html><head><title>Tidepool Labs - Customer Support Specialist</title>
<meta property="og:site_name" content="Lever"></head><body>
<div class="posting-headline"><h2>Customer Support Specialist</h2></div>${BODY}</body></html>`);
    expect(posting?.title).toBe('Customer Support Specialist');
    expect(posting?.company).toBe('Tidepool Labs');
  });
});
