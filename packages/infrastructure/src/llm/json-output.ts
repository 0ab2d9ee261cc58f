import { jsonrepair } from 'jsonrepair';

/**
 * The JSON value in a model's text answer: as is when it parses, else after stripping Markdown fences and
 * surrounding prose, else repaired (trailing commas, single quotes, unquoted keys, truncation) by jsonrepair.
 * `undefined` when nothing usable is there.
 */
export function extractJson(text: string): unknown {
  const attempts: string[] = [text.trim()];
  const fenced = /```(?:json)?\s*([\s\S]*?)```/iu.exec(text);
  if (fenced?.[1]) attempts.push(fenced[1].trim());
  const start = text.search(/[{[]/u);
  if (start >= 0) attempts.push(text.slice(start).trim());
  for (const candidate of attempts) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next form
    }
  }
  for (const candidate of attempts.slice(1).concat(attempts[0] as string)) {
    if (!/^[{[]/u.test(candidate)) continue;
    try {
      return JSON.parse(jsonrepair(candidate));
    } catch {
      // not repairable
    }
  }
  return undefined;
}
