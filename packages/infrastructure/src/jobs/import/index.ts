export * from './cheerio-posting-page-reader.js';
export * from './safe-page-fetcher.js';
export { htmlToText } from './html-text.js';
