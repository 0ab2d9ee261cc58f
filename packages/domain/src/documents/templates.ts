import type { DocumentFormat, TemplateId } from './document-renderer.js';
import { DocumentErrors } from './documents.errors.js';

export interface ExportFormat {
  format: DocumentFormat;
  mediaType: string;
  extension: string;
}

/** `GET /documents/export-formats`. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { format: 'pdf', mediaType: 'application/pdf', extension: 'pdf' },
  {
    format: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  { format: 'txt', mediaType: 'text/plain; charset=utf-8', extension: 'txt' },
  { format: 'md', mediaType: 'text/markdown; charset=utf-8', extension: 'md' },
  { format: 'json', mediaType: 'application/json', extension: 'json' },
];

export interface DocumentTemplate {
  id: TemplateId;
  name: string;
  description: string;
  formats: DocumentFormat[];
}

/** `GET /generations/templates`. Both templates keep one reading-order column so ATS parsers read them. */
export const DOCUMENT_TEMPLATES: readonly DocumentTemplate[] = [
  {
    id: 'plain',
    name: 'Plain',
    description:
      'Single column, black on white, no rules or colour: the safest choice for applicant tracking systems.',
    formats: ['pdf', 'docx', 'txt', 'md', 'json'],
  },
  {
    id: 'modern',
    name: 'Modern',
    description:
      'Accent colour, a two-tone header band and rule lines under headings; still one column in reading order.',
    formats: ['pdf', 'docx', 'txt', 'md', 'json'],
  },
];

export function exportFormat(format: DocumentFormat): ExportFormat {
  return EXPORT_FORMATS.find((f) => f.format === format) as ExportFormat;
}

/** @throws DomainError DOCUMENT.UNKNOWN_TEMPLATE */
export function resolveTemplate(templateId: string | undefined): DocumentTemplate {
  const template = DOCUMENT_TEMPLATES.find((t) => t.id === (templateId ?? 'plain'));
  if (!template) throw DocumentErrors.unknownTemplate(templateId ?? '');
  return template;
}
