// The length limits of what users type, shared by the inputs (maxLength) and main's input schemas.

/** An email address (RFC 5321's path limit). */
export const EMAIL_MAX_LENGTH = 320;
/** A sign-in password. */
export const PASSWORD_MAX_LENGTH = 1_024;
/** The API client's id. */
export const CLIENT_ID_MAX_LENGTH = 256;
/** The API client's secret. */
export const CLIENT_SECRET_MAX_LENGTH = 1_024;
/** A decline or approval reason (the web app's limit). */
export const REASON_MAX_LENGTH = 500;
/** The reason, location or contact details of a signature. */
export const SIGNING_DETAIL_MAX_LENGTH = 200;
/** An in-person signer's name. */
export const SIGNER_NAME_MAX_LENGTH = 128;
/** A mobile number typed for the login code. */
export const MOBILE_NUMBER_MAX_LENGTH = 32;
