import type { ILLMService, IProfileRepository, IUserRepository } from '@tailor/domain';
import { personalValuesOf, RedactingLlmService, type PersonalValue } from '@tailor/infrastructure';

/**
 * The LLM service with private prompts (LLM_REDACT_PII): the values hidden from providers are the account's
 * name and email and the basics of every profile the user keeps, read fresh for each call so an edit to a
 * profile is honoured at once.
 */
export function withPrivatePrompts(
  llm: ILLMService,
  repositories: { users: IUserRepository; profiles: IProfileRepository },
): ILLMService {
  const knownValues = async (userId: string): Promise<PersonalValue[]> => {
    const [user, profiles] = await Promise.all([
      repositories.users.findById(userId),
      repositories.profiles.listByOwner(userId),
    ]);
    return [
      ...(user
        ? personalValuesOf({
            fullName: user.fullName,
            email: user.email,
            phone: null,
            location: null,
            links: [],
          })
        : []),
      ...profiles.flatMap((profile) => personalValuesOf(profile.content)),
    ];
  };
  return new RedactingLlmService(llm, knownValues);
}
