// Logging in to the simulator's identity provider as ccauth does, for tests of Chameleon's browser login: the
// simulator's admin routes, Keycloak's form posts, and a device login approved as the person at the browser would.
import type { Sim } from '@envboot/sim';

/** A call to the simulator's admin API; its JSON answer, or an error naming the call. */
export async function simAdmin(
  sim: Sim,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** A form post to the identity provider, as OAuth clients send them. */
export async function postForm(
  url: string,
  fields: Record<string, string>,
): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', body: new URLSearchParams(fields) });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** What a device login gave out: every one a secret. */
export interface DeviceLogin {
  deviceCode: string;
  accessToken: string;
  refreshToken: string;
}

/** A device login of the simulated user, as `ccauth login` gets one: started, approved at the browser, granted. */
export async function deviceLogin(sim: Sim): Promise<DeviceLogin> {
  const base = `${sim.url}/auth/realms/chameleon/protocol/openid-connect`;
  const client_id = sim.oidc.deviceClientId;
  const started = await postForm(`${base}/auth/device`, { client_id, scope: 'openid' });
  await simAdmin(sim, 'POST', '/_sim/oidc/device', { user_code: started.user_code });
  const grant = await postForm(`${base}/token`, {
    client_id,
    grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
    device_code: String(started.device_code),
  });
  return {
    deviceCode: String(started.device_code),
    accessToken: String(grant.access_token),
    refreshToken: String(grant.refresh_token),
  };
}
