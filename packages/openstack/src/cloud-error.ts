// The error every cloud call throws: a project error code plus what the cloud said and where.
import { EnvbootError, type CloudErrorInfo, type ErrorCode, type ErrorOptions } from '@envboot/core';

export type { CloudErrorInfo };

export class CloudError extends EnvbootError {
  /** The cloud's answer: service, HTTP status, request id, method and (scrubbed) path. */
  declare readonly cloud: CloudErrorInfo;

  constructor(code: ErrorCode, message: string, options: ErrorOptions & { cloud: CloudErrorInfo }) {
    super(code, message, options);
    this.name = 'CloudError';
  }

  get status(): number | null {
    return this.cloud.status ?? null;
  }
}

export function isCloudError(err: unknown): err is CloudError {
  return err instanceof CloudError;
}

/** Whether an error carries this HTTP status (tests and callers branch on status, never on wording). */
export function hasStatus(err: unknown, status: number): boolean {
  return err instanceof EnvbootError && err.cloud?.status === status;
}
