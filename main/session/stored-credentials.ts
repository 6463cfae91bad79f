import { z } from 'zod';

/** What one keychain entry holds: the refresh token and the API client secret. */
export const StoredCredentials = z.object({ refreshToken: z.string().min(1), clientId: z.string(), clientSecret: z.string() });
/** A parsed keychain entry. */
export type StoredCredentials = z.infer<typeof StoredCredentials>;

/** Reads a keychain entry; anything unreadable counts as no entry. */
export function parseStoredCredentials(text: string | null): StoredCredentials | null {
  if (!text) return null;
  try {
    const result = StoredCredentials.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
