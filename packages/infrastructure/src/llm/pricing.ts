/** USD per million tokens. */
export interface ModelPrice {
  input: number;
  output: number;
}

export type PriceTable = Readonly<Record<string, ModelPrice>>;

// List prices at the time of writing; override or extend with LLM_PRICES (same shape, JSON). A model not
// listed costs 0 in the ledger (self-hosted servers, the local engine) rather than a guess.
export const DEFAULT_PRICES: PriceTable = {
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'claude-haiku-4-5': { input: 1, output: 5 },
  'claude-sonnet-4-5': { input: 3, output: 15 },
  'claude-3-5-haiku-latest': { input: 0.8, output: 4 },
  'claude-3-5-sonnet-latest': { input: 3, output: 15 },
  'claude-sonnet-4-0': { input: 3, output: 15 },
  'claude-opus-4-0': { input: 15, output: 75 },
  'tailor-local-1': { input: 0, output: 0 },
};

/**
 * Cost of one call in micro-dollars (integer). Looks up the exact model name first, then the longest listed
 * prefix (so a dated snapshot like `gpt-4o-mini-2024-07-18` is priced as `gpt-4o-mini`).
 */
export function costMicroUsd(
  prices: PriceTable,
  model: string,
  inputTokens: number,
  outputTokens: number,
): number {
  const price =
    prices[model] ??
    Object.entries(prices)
      .filter(([name]) => model.startsWith(name))
      .sort((a, b) => b[0].length - a[0].length)[0]?.[1];
  if (!price) return 0;
  return Math.round(inputTokens * price.input + outputTokens * price.output);
}
