// SigningHub's error bodies, thrown by handlers and written by the server's error handler.

/** The exact Message strings from signinghub-api.md. */
export const MESSAGES = {
  authorizationDenied: 'Request authorization denied',
  userAuthenticationRequired: 'User authentication required',
  invalidAccessToken: 'Invalid or expired access token',
  invalidRefreshToken: 'Invalid or expired refresh token',
  notYourDocument: 'Document does not belong to user',
  accessPeriodNotStarted: 'You cannot access this document before the access period starts',
  accessPeriodEnded: 'You cannot access this document after the access period ends',
  accountDisabled: 'Account is disabled',
  notAuthorized: 'You are not authorized to perform the requested operation',
  otpRequired: 'One time password is required',
  passwordRequired: 'Password authentication is required',
  invalidCredentials: 'You have entered incorrect authentication credentials - try again',
  otpMismatch: 'The One Time Password (OTP) does not match',
  recallState: 'Document should be recalled by owner in In Progress or Pending state',
  documentNotFound: 'Document not found',
  pageNotFound: 'Page not found',
  validationFailed: 'Model state validation failed.',
  internalError: 'An internal server error occurred while processing the request',
  mobileNotSet: 'Mobile number is not set',
  /** Unsure: the guide gives no Message for an SMS request on an authenticator-app field. */
  totpNoSms: 'This field is authenticated with an authenticator app (TOTP): no SMS is sent',
  accessGranted: 'access to the document is granted',
} as const;

/** A failure to send as-is: status, JSON body and optional headers. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body['Message'] ?? body['error_description'] ?? status));
  }
}

/** A `{"Message": ...}` failure, the shape of every resource error. */
export function fail(status: number, message: string): ApiFailure {
  return new ApiFailure(status, { Message: message });
}

/** A 400 `Model state validation failed.`, for any body or path that does not validate. */
export function invalid(): ApiFailure {
  return fail(400, MESSAGES.validationFailed);
}

/** A 403 with a machine key, e.g. `{"Error":"otp_required","Message":"One time password is required"}`. */
export function keyedFail(error: 'otp_required' | 'password_required' | 'invalid_credentials'): ApiFailure {
  const message = { otp_required: MESSAGES.otpRequired, password_required: MESSAGES.passwordRequired, invalid_credentials: MESSAGES.invalidCredentials }[error];
  return new ApiFailure(403, { Error: error, Message: message });
}

/** An OAuth-style failure, the shape the token endpoint uses. */
export function oauthFail(status: number, error: string, description: string, headers: Record<string, string> = {}): ApiFailure {
  return new ApiFailure(status, { error, error_description: description }, headers);
}

/** ASP.NET's 404 for a request URL no route matches (its query left out). */
export function noResourceFor(url: string): ApiFailure {
  return fail(404, `No HTTP resource was found that matches the request URI '${url.split('?', 1)[0] ?? url}'.`);
}
