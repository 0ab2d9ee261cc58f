import type { ProfileFacts } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import { rewriteBullet } from '../../../src/llm/local/bullet-rewriter.js';
import { article, inProse, writeCoverLetter } from '../../../src/llm/local/writers.js';

describe('the local engine’s grammar', () => {
  it('picks a or an by sound', () => {
    expect(article('Apprentice Electrician')).toBe('an');
    expect(article('Head of Mathematics')).toBe('a');
    expect(article('hour')).toBe('an');
    expect(article('University lecturer')).toBe('a');
    expect(article('European sales lead')).toBe('a');
    expect(article('RN')).toBe('an');
    expect(article('MBA graduate')).toBe('an');
    expect(article('CPA')).toBe('a');
    expect(article('8-person team')).toBe('an');
    expect(article('Analista de datos')).toBe('an');
  });

  it('puts coordinated verbs in one form, or keeps the bullet’s own tense when unsure', () => {
    expect(rewriteBullet('Plan and deliver daily picking targets')).toBe(
      'Planned and delivered daily picking targets',
    );
    expect(rewriteBullet('Design, build and test REST APIs')).toBe('Designed, built and tested REST APIs');
    expect(rewriteBullet('Install and troubleshoot panels')).toBe('Installed and troubleshot panels');
    expect(rewriteBullet('Administer medications and document care in Epic')).toBe(
      'Administer medications and document care in Epic',
    );
    expect(rewriteBullet('Supervise a team of 15 associates')).toBe('Supervised a team of 15 associates');
    // The everyday verbs of shops, kitchens, care and classrooms are known too. A verb further on takes the
    // past tense with the first when it can only be a verb; when it could be a noun ("price"), the bullet keeps
    // its own tense instead of mixing two.
    expect(rewriteBullet('Greet guests at the front desk')).toBe('Greeted guests at the front desk');
    expect(rewriteBullet('Greets guests and answers phones')).toBe('Greeted guests and answered phones');
    expect(rewriteBullet('Prep vegetables for the line')).toBe('Prepped vegetables for the line');
    expect(rewriteBullet('Feed residents with dysphagia')).toBe('Fed residents with dysphagia');
    expect(rewriteBullet('Restock shelves and price items')).toBe('Restock shelves and price items');
    expect(rewriteBullet('Assess learning with rubrics and adjust instruction')).toBe(
      'Assessed learning with rubrics and adjusted instruction',
    );
    // A verb the lexicon does not know, read by its place: a word with its object after "and".
    expect(rewriteBullet('Restock shelves and rotate perishables using FIFO')).toBe(
      'Restock shelves and rotate perishables using FIFO',
    );
    expect(rewriteBullet('Create lesson plans and assessments for 120 students')).toBe(
      'Created lesson plans and assessments for 120 students',
    );
    expect(rewriteBullet('Planning rotas and training new starters')).toBe(
      'Planning rotas and training new starters',
    );
  });

  it('keeps the sentence’s own casing when spelling keywords the job’s way', () => {
    expect(rewriteBullet('Added continuous telemetry monitoring', ['Telemetry'])).toBe(
      'Added continuous telemetry monitoring',
    );
    expect(rewriteBullet('Built services on aws and postgresql', ['AWS', 'PostgreSQL'])).toBe(
      'Built services on AWS and PostgreSQL',
    );
  });

  it('writes sentence-case skills in lower case inside prose, names as they are', () => {
    expect(inProse('Account reconciliation')).toBe('account reconciliation');
    expect(inProse('Month-end close')).toBe('month-end close');
    expect(inProse('Google Analytics')).toBe('Google Analytics');
    expect(inProse('SAP IS-H')).toBe('SAP IS-H');
    expect(inProse('Telemetry')).toBe('Telemetry');
  });
});

describe('the local engine’s letter', () => {
  it('tells of a role that has ended in the past tense, leaving out bullets kept in the present', () => {
    const profile: ProfileFacts = {
      fullName: 'Marcus Okafor',
      headline: null,
      experiences: [
        {
          title: 'Warehouse Associate',
          company: 'Buckeye Logistics',
          startDate: '2022-06',
          endDate: null,
          bullets: ['Pick and pack orders with RF scanners and rotate stock using FIFO'],
        },
        {
          title: 'Stock Associate',
          company: 'Kroger',
          startDate: '2020-03',
          endDate: '2022-05',
          bullets: ['Restock shelves and rotate perishables using FIFO', 'Unload weekly truck deliveries'],
        },
      ],
      skills: ['FIFO'],
    } as unknown as ProfileFacts;
    const letter = writeCoverLetter(profile, {
      title: 'Team Lead',
      company: 'Midwest Fulfillment',
      keywords: ['FIFO'],
    }).paragraphs.join('\n');
    // The role held now may speak in the present; the one that ended does not.
    expect(letter).toContain('At Buckeye Logistics, I pick and pack orders');
    expect(letter).toContain('as a Stock Associate at Kroger, I unloaded weekly truck deliveries.');
    expect(letter).not.toContain('I restock');
  });
});
