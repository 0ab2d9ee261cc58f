import {
  AddProfileItem,
  CreateProfile,
  DeleteProfile,
  ExportProfile,
  GetDefaultProfile,
  GetDefaultProfileVersion,
  GetProfile,
  GetProfileAnalytics,
  GetProfileSummary,
  ImportProfile,
  ListProfiles,
  PatchProfile,
  RemoveProfileItem,
  ReplaceProfile,
  ReplaceProfileItem,
  ReplaceProfileSkills,
  SetDefaultProfile,
  ImportProfileFile,
} from '@tailor/application';
import type { Adapters } from './tokens.js';

export function buildProfileUseCases({
  repositories,
  clock,
  ids,
  textExtractor,
  llm,
}: Pick<Adapters, 'repositories' | 'clock' | 'ids' | 'textExtractor' | 'llm'>) {
  const deps = {
    profiles: repositories.profiles,
    unitOfWork: repositories.unitOfWork,
    clock,
    ids,
    extractor: textExtractor,
    llm,
  };
  return {
    createProfile: new CreateProfile(deps),
    listProfiles: new ListProfiles(deps),
    getProfile: new GetProfile(deps),
    getDefaultProfile: new GetDefaultProfile(deps),
    getDefaultProfileVersion: new GetDefaultProfileVersion(deps),
    replaceProfile: new ReplaceProfile(deps),
    patchProfile: new PatchProfile(deps),
    deleteProfile: new DeleteProfile(deps),
    addProfileItem: new AddProfileItem(deps),
    replaceProfileItem: new ReplaceProfileItem(deps),
    removeProfileItem: new RemoveProfileItem(deps),
    replaceProfileSkills: new ReplaceProfileSkills(deps),
    setDefaultProfile: new SetDefaultProfile(deps),
    getProfileAnalytics: new GetProfileAnalytics(deps),
    getProfileSummary: new GetProfileSummary(deps),
    exportProfile: new ExportProfile(deps),
    importProfile: new ImportProfile(deps),
    importProfileFile: new ImportProfileFile(deps),
  };
}
