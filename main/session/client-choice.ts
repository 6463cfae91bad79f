import type { AppConfig } from '../config/app-config.js';
import { ApiFailure } from '../signinghub/api-failure.js';
import type { ClientCredentials } from '../signinghub/auth-client.js';

/** The API client to sign in with: each part fixed when the policy sets it, else what the user typed, else the prefilled default. */
export function chooseClient(config: AppConfig, clientId?: string, clientSecret?: string): ClientCredentials {
  const client = {
    clientId: config.clientLocked ? config.clientId : clientId?.trim() || config.clientId,
    clientSecret: config.clientSecretLocked ? config.clientSecret : clientSecret || config.clientSecret,
  };
  if (!client.clientId || !client.clientSecret) {
    throw new ApiFailure({
      kind: 'invalid_input',
      message: 'Enter the Client ID and Client secret under Advanced. Your SigningHub administrator can give them to you.',
    });
  }
  return client;
}
