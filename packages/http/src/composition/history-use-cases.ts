import { ExportApplicationHistory, type ApplicationHistoryDeps } from '@tailor/application';

export function buildHistoryUseCases(deps: ApplicationHistoryDeps) {
  return { exportApplicationHistory: new ExportApplicationHistory(deps) };
}

export type HistoryUseCases = ReturnType<typeof buildHistoryUseCases>;
