import { describe, expect, it } from 'vitest';
import {
  applicationHistoryDocument,
  PRINTED_LINK_CHARS,
  type ApplicationHistory,
} from '../src/jobs/application-history.js';

const historyWith = (url: string): ApplicationHistory => ({
  owner: 'Alex Doe',
  period: { from: null, to: null },
  generatedAt: new Date('2026-12-08T00:00:00Z'),
  applications: [
    {
      jobId: 'j1',
      title: 'Warehouse Associate',
      company: 'Northwind Freight',
      location: 'Leeds',
      url,
      status: 'applied',
      savedAt: new Date('2026-11-01T00:00:00Z'),
      appliedAt: new Date('2026-11-02T00:00:00Z'),
      stages: [],
      documents: [],
    },
  ],
});
const links = (history: ApplicationHistory) =>
  applicationHistoryDocument(history)
    .sections.flatMap((section) => section.blocks)
    .flatMap((block) => ('bullets' in block ? (block.bullets ?? []) : []))
    .filter((bullet) => bullet.startsWith('Link: '));

describe('the printed application history', () => {
  it('shows a link whole up to its limit', () => {
    const url = `https://jobs.example.org/warehouse?ref=${'a'.repeat(PRINTED_LINK_CHARS - 40)}`;
    expect(links(historyWith(url))).toEqual([`Link: ${url}`]);
  });

  it('cuts a longer link, whose tracking parameters would fill pages', () => {
    const url = `https://jobs.example.org/warehouse?utm=${'x'.repeat(2_000)}`;
    const [link] = links(historyWith(url));
    expect([...(link ?? '')].length).toBe('Link: '.length + PRINTED_LINK_CHARS);
    expect(link).toMatch(/^Link: https:\/\/jobs\.example\.org\/warehouse\?utm=x+…$/u);
  });
});
