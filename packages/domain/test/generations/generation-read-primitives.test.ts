import { describe, expect, it } from 'vitest';
import { Generation } from '../../src/generations/generation.js';

// Repositories and views read a generation's state without the defensive deep copy. That is sound only
// because every change replaces the state instead of editing it: a snapshot taken before a change must
// keep what it saw.
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));

function generation(): Generation {
  return Generation.create({
    id: 'gen-1',
    ownerId: 'user-1',
    type: 'resume',
    jobId: 'job-1',
    profileId: 'profile-1',
    options: { tone: 'professional', maxPages: 2, sections: ['summary', 'experiences'], instructions: null },
    now: at(0),
  });
}

describe('Generation.readPrimitives', () => {
  it('gives the same state as toPrimitives', () => {
    const g = generation();
    g.start(at(1));
    g.fail({ code: 'LLM.UNAVAILABLE', message: 'down', details: { retry: true } }, at(2));
    g.addFeedback(4, 'fine', at(3));
    expect(g.readPrimitives()).toEqual(g.toPrimitives());
  });

  it('keeps a snapshot taken before later changes as it was', () => {
    const g = generation();
    const before = g.readPrimitives();
    const copy = g.toPrimitives();
    g.start(at(1));
    g.advance('analyzing', at(2));
    g.fail({ code: 'LLM.UNAVAILABLE', message: 'down', details: {} }, at(3));
    g.addFeedback(5, 'great', at(4));
    expect(before).toEqual(copy);
    expect(g.readPrimitives()).not.toEqual(copy);
  });

  it('fromOwnedPrimitives takes the state as given, as fromPrimitives takes a copy of it', () => {
    const state = generation().toPrimitives();
    expect(Generation.fromOwnedPrimitives(state).readPrimitives()).toEqual(
      Generation.fromPrimitives(state).readPrimitives(),
    );
  });
});
