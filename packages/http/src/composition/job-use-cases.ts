import {
  AddJobNote,
  AnalyzeJob,
  ChangeApplicationStatus,
  CreateJob,
  DeleteJob,
  GetJob,
  GetJobMatch,
  GetJobRanking,
  GetJobSource,
  GetJobStats,
  GetJobTimeline,
  ImportCatalog,
  ListCatalog,
  ListJobs,
  ParseJobText,
  ReadJobPosting,
  SaveCatalogJob,
  UpdateJob,
} from '@tailor/application';
import type { Adapters } from './tokens.js';

type JobPorts = Pick<
  Adapters,
  | 'config'
  | 'repositories'
  | 'ids'
  | 'clock'
  | 'llm'
  | 'postingPageReader'
  | 'postingTextParser'
  | 'jobTextReader'
  | 'pageFetcher'
>;

export function buildJobUseCases({
  config,
  repositories: repos,
  ids,
  clock,
  llm,
  postingPageReader,
  postingTextParser,
  jobTextReader,
  pageFetcher,
}: JobPorts) {
  // The deterministic parser is the baseline; a configured remote model refines it (issue 6). With the
  // local engine there is nothing to refine: it runs the same parser.
  const parseJobText = new ParseJobText(config.llm.provider !== 'local' ? llm : undefined, postingTextParser);
  const readJobPosting = new ReadJobPosting(parseJobText, postingPageReader, pageFetcher);
  return {
    parseJobText,
    readJobPosting,
    createJob: new CreateJob(
      repos.jobs,
      readJobPosting,
      ids,
      clock,
      { sources: repos.jobSources, unitOfWork: repos.unitOfWork },
      jobTextReader,
    ),
    getJobSource: new GetJobSource(repos.jobs, repos.jobSources),
    getJob: new GetJob(repos.jobs),
    listJobs: new ListJobs(repos.jobs),
    updateJob: new UpdateJob(repos.jobs, clock, jobTextReader),
    deleteJob: new DeleteJob(repos.jobs),
    analyzeJob: new AnalyzeJob(repos.jobs, clock, jobTextReader),
    changeApplicationStatus: new ChangeApplicationStatus(
      repos.jobs,
      repos.unitOfWork,
      ids,
      clock,
      repos.documents,
    ),
    addJobNote: new AddJobNote(repos.jobs, ids, clock),
    getJobTimeline: new GetJobTimeline(repos.jobs),
    getJobStats: new GetJobStats(repos.jobs),
    listCatalog: new ListCatalog(repos.jobs),
    saveCatalogJob: new SaveCatalogJob(repos.jobs, ids, clock),
    importCatalog: new ImportCatalog(repos.jobs, ids, clock),
    getJobMatch: new GetJobMatch({ profiles: repos.profiles, jobs: repos.jobs }),
    getJobRanking: new GetJobRanking({ profiles: repos.profiles, jobs: repos.jobs }),
  };
}
