import { describe, expect, it } from '@jest/globals';
import { nextPage, parseImage } from './images.js';

describe('images', () => {
  it('parses an image, keeping custom properties such as build-repo', () => {
    expect(
      parseImage({
        id: 'i1',
        name: 'CC-Ubuntu22.04',
        status: 'active',
        visibility: 'public',
        protected: false,
        os_hidden: false,
        tags: [],
        size: 4294967296,
        min_disk: 0,
        created_at: '2026-06-01T10:00:00Z',
        updated_at: '2026-06-01T11:00:00Z',
        self: '/v2/images/i1',
        schema: '/v2/schemas/image',
        'build-repo': 'https://github.com/ChameleonCloud/cc-images',
        os_distro: 'ubuntu',
      }),
    ).toMatchObject({
      id: 'i1',
      status: 'active',
      size: 4294967296,
      created_at: '2026-06-01T10:00:00Z',
      properties: { 'build-repo': 'https://github.com/ChameleonCloud/cc-images', os_distro: 'ubuntu' },
    });
  });

  it('finds the next page from the top-level "next" link', () => {
    expect(nextPage({ images: [], next: '/v2/images?marker=x' })).toBe('/v2/images?marker=x');
    expect(nextPage({ images: [] })).toBeNull();
  });
});
