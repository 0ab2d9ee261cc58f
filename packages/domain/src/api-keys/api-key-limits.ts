export const API_KEY_LIMITS = { perUser: 25, nameLength: 100 } as const;
