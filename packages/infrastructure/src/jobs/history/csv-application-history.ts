import {
  sentDocumentText,
  stageText,
  type ApplicationHistory,
  type IApplicationHistoryCsv,
} from '@tailor/domain';
import { stringify } from 'csv-stringify/sync';

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): a leading =, +, -, @, tab or carriage
 * return. Such a cell gets a leading apostrophe, which spreadsheets show as text and never evaluate.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;
export const neutraliseFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

const COLUMNS = [
  'Title',
  'Company',
  'Location',
  'Link',
  'Current status',
  'Date saved',
  'Date applied',
  'Stage changes',
  'Documents sent',
];

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');

/** RFC 4180 through csv-stringify (quoting, embedded newlines); a UTF-8 BOM so Excel reads accents right. */
export class CsvApplicationHistory implements IApplicationHistoryCsv {
  write(history: ApplicationHistory): string {
    const rows = history.applications.map((record) => [
      record.title,
      record.company ?? '',
      record.location ?? '',
      record.url ?? '',
      record.status,
      day(record.savedAt),
      day(record.appliedAt),
      record.stages.map(stageText).join('\n'),
      record.documents.map(sentDocumentText).join('\n'),
    ]);
    return `\uFEFF${stringify([COLUMNS, ...rows], {
      record_delimiter: 'windows',
      cast: { string: neutraliseFormula },
    })}`;
  }
}
