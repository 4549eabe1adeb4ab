// Keystone's error body: {"error": {"code", "message", "title"}}. Every 401 also gets
// WWW-Authenticate: Keystone uri="…" (added where replies are sent, which knows the auth URL).
import { ReplyError, type Reply } from '../http.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export const UNAUTHORIZED_MESSAGE = 'The request you have made requires authentication.';
const COMPLY =
  ' The server could not comply with the request since it is either malformed or otherwise incorrect. The client is assumed to be in error.';

export function keystoneError(status: number, message: string, extra?: Record<string, unknown>): Reply {
  return {
    status,
    body: { error: { code: status, ...extra, message, title: TITLES[status] ?? 'Error' } },
  };
}

export const unauthorized = (): ReplyError => new ReplyError(keystoneError(401, UNAUTHORIZED_MESSAGE));

/** A 400 worded as Keystone's validation errors are. */
export const badRequest = (message: string): ReplyError =>
  new ReplyError(keystoneError(400, `${message}.${COMPLY}`));

export const forbidden = (action: string): ReplyError =>
  new ReplyError(keystoneError(403, `You are not authorized to perform the requested action: ${action}.`));

export const notFound = (message: string): ReplyError => new ReplyError(keystoneError(404, message));
