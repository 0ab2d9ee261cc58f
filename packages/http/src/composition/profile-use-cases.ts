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
  type ImportProfileFileDeps,
} from '@tailor/application';

export function buildProfileUseCases(deps: ImportProfileFileDeps) {
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

export type ProfileUseCases = ReturnType<typeof buildProfileUseCases>;
