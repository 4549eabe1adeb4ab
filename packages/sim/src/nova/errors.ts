// Nova's error body: {"<faultName>": {"code", "message"}}.
import { ReplyError, type Reply } from '../http.js';

const FAULTS: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'badMethod',
  409: 'conflictingRequest',
  413: 'overLimit',
  429: 'overLimit',
  501: 'notImplemented',
  503: 'serviceUnavailable',
};

export const novaError = (status: number, message: string): Reply => ({
  status,
  body: { [FAULTS[status] ?? 'computeFault']: { code: status, message } },
});

export const novaFail = (status: number, message: string): ReplyError =>
  new ReplyError(novaError(status, message));
