import { DeleteSample, GetSample, ListSamples, UploadSample } from '@tailor/application';
import type { Adapters } from './tokens.js';

export function buildSampleUseCases({
  repositories,
  sampleFiles,
  textExtractor,
  llm,
  clock,
  ids,
}: Pick<Adapters, 'repositories' | 'sampleFiles' | 'textExtractor' | 'llm' | 'clock' | 'ids'>) {
  const deps = {
    samples: repositories.samples,
    files: sampleFiles,
    extractor: textExtractor,
    llm,
    unitOfWork: repositories.unitOfWork,
    clock,
    ids,
  };
  return {
    uploadSample: new UploadSample(deps),
    listSamples: new ListSamples(deps),
    getSample: new GetSample(deps),
    deleteSample: new DeleteSample(deps),
  };
}
