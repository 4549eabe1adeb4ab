// Each service's own error body, for answers the service code does not produce itself: unknown routes, injected
// faults, missing tokens and unexpected failures.
import type { Reply, ServiceName } from './http.js';
import { adminError } from './admin.js';
import { blazarError, routingError } from './blazar/errors.js';
import { glanceError } from './glance/images.js';
import { keystoneError } from './keystone/errors.js';
import { neutronGeneric } from './neutron/errors.js';
import { novaError } from './nova/errors.js';
import { referenceError } from './reference/sites.js';
import { zunError } from './edge/zun.js';

const FLASK_TITLES: Record<number, [string, string]> = {
  404: [
    'Not Found',
    'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
  ],
  405: ['Method Not Allowed', 'The method is not allowed for the requested URL.'],
};

export function serviceError(service: ServiceName, status: number, message: string): Reply {
  switch (service) {
    case 'identity': {
      const flask = FLASK_TITLES[status];
      if (!flask) return keystoneError(status, message);
      return {
        status,
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html>\n<html lang=en>\n<title>${status} ${flask[0]}</title>\n<h1>${flask[0]}</h1>\n<p>${flask[1]}</p>\n`,
      };
    }
    case 'compute':
      return novaError(status, message);
    case 'image':
      return glanceError(status, message);
    case 'network':
      return neutronGeneric(status, message);
    case 'reservation':
      return status === 404 || status === 405 ? routingError(status, message) : blazarError(status, message);
    case 'reference':
      return referenceError(status, message);
    case 'oidc':
      return {
        status,
        body: { error: status >= 500 ? 'server_error' : 'invalid_request', error_description: message },
      };
    case 'admin':
      return adminError(status, message);
    case 'container':
      return zunError(status, message);
  }
}
