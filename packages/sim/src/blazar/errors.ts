// Blazar's error bodies: {"error_code", "error_message", "error_name"} from its handlers (error_name is the number),
// {"error", "error_message"} from routing, and the 500 of an unexpected exception.
import { ReplyError, type Reply } from '../http.js';

export const blazarError = (status: number, message: string): Reply => ({
  status,
  body: { error_code: status, error_message: message, error_name: status },
});

export const blazarFail = (status: number, message: string): ReplyError =>
  new ReplyError(blazarError(status, message));

export const routingError = (status: number, message: string): Reply => ({
  status,
  body: { error: status, error_message: message },
});

export const internalError = (): ReplyError =>
  new ReplyError({
    status: 500,
    body: { error_code: 500, error_message: 'Internal Server Error', error_name: 'INTERNAL_SERVER_ERROR' },
  });

export const notFoundObject = (key: string, id: string): ReplyError =>
  blazarFail(404, `Object with {'${key}': '${id}'} not found`);
