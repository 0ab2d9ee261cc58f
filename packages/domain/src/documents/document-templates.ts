/** A layout documents can be exported with. */
export interface DocumentTemplate {
  id: string;
  name: string;
  description: string;
  /** Export formats the template applies to (the text formats ignore layout). */
  formats: string[];
}

export const DOCUMENT_TEMPLATES: readonly DocumentTemplate[] = [
  {
    id: 'plain',
    name: 'Plain',
    description:
      'Single column, no colour, standard headings: the safest choice for applicant tracking systems.',
    formats: ['pdf', 'docx', 'txt', 'md', 'json'],
  },
  {
    id: 'modern',
    name: 'Modern',
    description:
      'Accent colour, rule lines and a two-tone header, still one column in reading order for ATS parsers.',
    formats: ['pdf', 'docx'],
  },
];
