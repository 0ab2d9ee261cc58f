// One sentence splitter for the gate, the letters and the summaries: Intl.Segmenter plus abbreviations
// (see tailoring/sentences.ts).
export { splitSentences } from '../tailoring/sentences.js';
