import { configuredProviders, diagnoseProvider, formatDoctorReport } from '@tailor/infrastructure';
import type { AppConfig } from '../config/config.js';

/** `pnpm tailor doctor`: every configured provider checked in turn (primary first), one verdict line each. */
export async function checkProviders(config: AppConfig): Promise<{ report: string; primaryOk: boolean }> {
  const verdicts = [];
  for (const target of configuredProviders(config.llm)) verdicts.push(await diagnoseProvider(target));
  return { report: formatDoctorReport(verdicts), primaryOk: verdicts[0]?.ok ?? false };
}
