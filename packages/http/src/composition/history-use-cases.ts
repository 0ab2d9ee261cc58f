import { ExportApplicationHistory } from '@tailor/application';
import { CsvApplicationHistory } from '@tailor/infrastructure';
import type { Adapters } from './tokens.js';

export function buildHistoryUseCases({
  repositories,
  renderers,
  clock,
}: Pick<Adapters, 'repositories' | 'renderers' | 'clock'>) {
  return {
    exportApplicationHistory: new ExportApplicationHistory({
      users: repositories.users,
      jobs: repositories.jobs,
      documents: repositories.documents,
      // A stateless formatter with nothing to configure: no adapter token of its own.
      csv: new CsvApplicationHistory(),
      // The renderer that prints resumes, so the report has the house look and fonts (any script).
      pdf: renderers.find((renderer) => renderer.format === 'pdf')!,
      clock,
    }),
  };
}
