// Glance calls that exist on the real service but change images or their data: the simulator's image catalogue
// is fixed, so they answer 501 saying so rather than a 404 that reads as "no such image".
import { ReplyError, type Route } from '../http.js';
import { glanceError } from './images.js';

const notSimulated = (method: string, path: string): Route => ({
  method,
  path,
  service: 'image',
  auth: true,
  handler: () => {
    throw new ReplyError(
      glanceError(
        501,
        `${method} ${path} exists in Glance but is not simulated by envboot sim (its images are fixed).`,
      ),
    );
  },
});

export const routes: Route[] = [
  notSimulated('POST', '/image/v2/images'),
  notSimulated('PATCH', '/image/v2/images/{image_id}'),
  notSimulated('DELETE', '/image/v2/images/{image_id}'),
  notSimulated('GET', '/image/v2/images/{image_id}/file'),
  notSimulated('PUT', '/image/v2/images/{image_id}/file'),
  notSimulated('GET', '/image/v2/images/{image_id}/members'),
  notSimulated('POST', '/image/v2/images/{image_id}/members'),
  notSimulated('PUT', '/image/v2/images/{image_id}/tags/{tag}'),
  notSimulated('DELETE', '/image/v2/images/{image_id}/tags/{tag}'),
];
