import { describe, expect, it } from 'vitest';
import { KeywordMatcher } from '../../src/jobs/keyword-matcher.js';
import { normaliseProfileContent } from '../../src/profiles/profile-content.js';
import { checkTruthfulness, compileProfileFacts } from '../../src/tailoring/truthfulness.js';

// Every generation from the same profile reads its facts: the last profiles read are kept by their content.
const profile = (bullet: string) =>
  normaliseProfileContent(
    {
      fullName: 'Alex Doe',
      experiences: [
        {
          title: 'Dispatcher',
          company: 'Northwind Freight',
          startDate: '2020-01',
          current: true,
          bullets: [bullet],
        },
      ],
      skills: { technical: [], tools: [], soft: [] },
    },
    { keep: () => true, next: () => 'role-1' },
  );
const today = new Date('2026-12-01');
const flagged = (facts: ReturnType<typeof compileProfileFacts>, text: string) =>
  checkTruthfulness(facts, { kind: 'text', text })
    .claims.filter((c) => c.verdict === 'unsupported')
    .map((c) => c.text);

describe('reading a profile’s facts', () => {
  it('is done once for the same content, whatever object holds it', () => {
    const first = compileProfileFacts(profile('Scheduled 120 shipments a week'), undefined, { today });
    const again = compileProfileFacts(profile('Scheduled 120 shipments a week'), undefined, { today });
    expect(again).toBe(first);
  });

  it('is done again when the content, the month or the matcher differs', () => {
    const first = compileProfileFacts(profile('Scheduled 120 shipments a week'), undefined, { today });
    const edited = compileProfileFacts(profile('Scheduled 140 shipments a week'), undefined, { today });
    expect(edited).not.toBe(first);
    // What the gate reads follows the content: the edited figure is supported, the old one no longer.
    expect(flagged(edited, 'I schedule 140 shipments a week.')).toEqual([]);
    expect(flagged(edited, 'I schedule 120 shipments a week.')).toEqual(['120']);
    const nextMonth = compileProfileFacts(profile('Scheduled 120 shipments a week'), undefined, {
      today: new Date('2027-01-01'),
    });
    expect(nextMonth).not.toBe(first);
    expect(nextMonth.careerYears).toBeGreaterThan(first.careerYears);
    const own = KeywordMatcher.compile([]);
    const withOwn = compileProfileFacts(profile('Scheduled 120 shipments a week'), own, { today });
    expect(withOwn).not.toBe(first);
    expect(withOwn.matcher).toBe(own);
  });

  it('keeps only the last few profiles', () => {
    const first = compileProfileFacts(profile('Loaded 10 trucks a day'), undefined, { today });
    for (let i = 0; i < 8; i++)
      compileProfileFacts(profile(`Loaded ${20 + i} trucks a day`), undefined, { today });
    expect(compileProfileFacts(profile('Loaded 10 trucks a day'), undefined, { today })).not.toBe(first);
  });
});
