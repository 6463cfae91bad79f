import type { ApiError } from '../../shared/contract.js';

/** A failure already mapped to the envelope's error shape; services throw it, the IPC wrapper returns it. */
export class ApiFailure extends Error {
  /** The envelope error this failure carries. */
  readonly error: ApiError;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.error = error;
  }
}
