import { CheerioPostingPageReader, CsvApplicationHistory, SafePageFetcher } from '@tailor/infrastructure';
import { provide, resolve, type DependencyContainer } from './container.js';
import { TOKENS } from './tokens.js';
import { buildJobUseCases } from './job-use-cases.js';
import { buildHistoryUseCases } from './history-use-cases.js';

export function registerJobs(container: DependencyContainer): void {
  provide(container, TOKENS.pageFetcher, (c) => new SafePageFetcher(resolve(c, TOKENS.config).urlImport));
  provide(container, TOKENS.postingPageReader, () => new CheerioPostingPageReader());
  provide(container, TOKENS.jobUseCases, (c) => {
    // The deterministic parser is the baseline; a configured remote model refines it (issue 6). With the
    // local engine there is nothing to refine: it runs the same parser.
    const remote = resolve(c, TOKENS.config).llm.provider !== 'local' ? resolve(c, TOKENS.llm) : undefined;
    return buildJobUseCases(
      resolve(c, TOKENS.repositories),
      resolve(c, TOKENS.ids),
      resolve(c, TOKENS.clock),
      remote,
      { pages: resolve(c, TOKENS.postingPageReader), fetcher: resolve(c, TOKENS.pageFetcher) },
    );
  });
  provide(container, TOKENS.historyUseCases, (c) =>
    buildHistoryUseCases({
      users: resolve(c, TOKENS.repositories).users,
      jobs: resolve(c, TOKENS.repositories).jobs,
      documents: resolve(c, TOKENS.repositories).documents,
      csv: new CsvApplicationHistory(),
      // The renderer that prints resumes, so the report has the house look and fonts (any script).
      pdf: resolve(c, TOKENS.renderers).find((renderer) => renderer.format === 'pdf')!,
      clock: resolve(c, TOKENS.clock),
    }),
  );
}
