import { DeleteSample, GetSample, ListSamples, UploadSample, type SampleDeps } from '@tailor/application';

export function buildSampleUseCases(deps: SampleDeps) {
  return {
    uploadSample: new UploadSample(deps),
    listSamples: new ListSamples(deps),
    getSample: new GetSample(deps),
    deleteSample: new DeleteSample(deps),
  };
}

export type SampleUseCases = ReturnType<typeof buildSampleUseCases>;
