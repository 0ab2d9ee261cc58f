import { it } from 'vitest';
import { normaliseProfileContent } from '../../src/profiles/profile-content.js';
import { checkTruthfulness, compileProfileFacts } from '../../src/tailoring/truthfulness.js';
let n = 0;
const p = normaliseProfileContent(
  {
    fullName: 'Priya Raman',
    summary: 'Backend engineer with 7 years building payment and search systems in Go and Java.',
    experiences: [
      { id: 'e1', title: 'Senior Software Engineer', company: 'Stripe', location: 'Seattle, WA', startDate: '2021-03', current: true,
        bullets: ['Led migration of the ledger service to Go, cutting p99 latency by 35%', "Mentored 4 engineers and ran the team's on-call rotation"] },
      { id: 'e2', title: 'Software Engineer II', company: 'Amazon', location: 'Seattle, WA', startDate: '2017-07', endDate: '2021-02',
        bullets: ['Built the A9 query-understanding pipeline in Java serving 2B queries/day', 'Reduced infrastructure cost by $1.2M per year through autoscaling'] },
    ],
    education: [{ id: 'u1', institution: 'University of Illinois Urbana-Champaign', degree: 'B.S.', field: 'Computer Science', startDate: '2013', endDate: '2017' }],
    skills: { technical: ['Go', 'Java', 'Python', 'SQL', 'AWS', 'Kubernetes', 'Terraform', 'Kafka'], soft: [], tools: [] },
  },
  { keep: () => true, next: () => `id-${++n}` },
);
const facts = compileProfileFacts(p, undefined, { today: new Date('2026-12-01') });
it('probe', () => {
  for (const text of (process.env.PROBE ?? '').split('\n').filter(Boolean)) {
    const r = checkTruthfulness(facts, { kind: 'text', text });
    console.log(r.claims.filter((c) => c.verdict === 'unsupported').length ? 'CAUGHT' : 'passed', '|', text, '|', r.claims.filter((c) => c.verdict === 'unsupported').map((c) => `${c.type}:${c.text}`).join('; '));
  }
});
