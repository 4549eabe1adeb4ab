// Neutron's error body: {"NeutronError": {"type", "message", "detail"}}.
import { ReplyError, type Reply } from '../http.js';

export const neutronError = (status: number, type: string, message: string): Reply => ({
  status,
  body: { NeutronError: { type, message, detail: '' } },
});

export const neutronFail = (status: number, type: string, message: string): ReplyError =>
  new ReplyError(neutronError(status, type, message));

const TYPES: Record<number, string> = {
  400: 'BadRequest',
  404: 'HTTPNotFound',
  409: 'Conflict',
  429: 'OverQuota',
  503: 'ServiceUnavailable',
};

export const neutronGeneric = (status: number, message: string): Reply =>
  neutronError(status, TYPES[status] ?? 'HTTPInternalServerError', message);
