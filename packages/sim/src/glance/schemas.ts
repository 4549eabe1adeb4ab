// Glance's schema documents (GET /image/v2/schemas/{image,images,member,members}): glanceclient fetches them
// before any call and builds its models from them, so the images the simulator serves validate against them.
import { json, type Route } from '../http.js';

const UUID_PATTERN =
  '^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$';

const nullableString = (description: string, extra: Record<string, unknown> = {}) => ({
  type: ['null', 'string'],
  description,
  ...extra,
});

const IMAGE_PROPERTIES: Record<string, unknown> = {
  id: {
    type: 'string',
    description: 'An identifier for the image',
    pattern: UUID_PATTERN,
  },
  name: nullableString('Descriptive name for the image', { maxLength: 255 }),
  status: {
    type: 'string',
    readOnly: true,
    description: 'Status of the image',
    enum: [
      'queued',
      'saving',
      'active',
      'killed',
      'deleted',
      'uploading',
      'importing',
      'pending_delete',
      'deactivated',
    ],
  },
  visibility: {
    type: 'string',
    description: 'Scope of image accessibility',
    enum: ['community', 'public', 'private', 'shared'],
  },
  protected: { type: 'boolean', description: 'If true, image will not be deletable.' },
  os_hidden: {
    type: 'boolean',
    description: 'If true, image will not appear in default image list response.',
  },
  checksum: nullableString('md5 hash of image contents.', { readOnly: true, maxLength: 32 }),
  os_hash_algo: nullableString('Algorithm to calculate the os_hash_value', { readOnly: true, maxLength: 64 }),
  os_hash_value: nullableString('Hexdigest of the image contents using the algorithm in os_hash_algo.', {
    readOnly: true,
    maxLength: 128,
  }),
  owner: nullableString('Owner of the image', { maxLength: 255 }),
  size: { type: ['null', 'integer'], readOnly: true, description: 'Size of image file in bytes' },
  virtual_size: { type: ['null', 'integer'], readOnly: true, description: 'Virtual size of image in bytes' },
  container_format: {
    type: ['null', 'string'],
    description: 'Format of the container',
    enum: [null, 'ami', 'ari', 'aki', 'bare', 'ovf', 'ova', 'docker', 'compressed'],
  },
  disk_format: {
    type: ['null', 'string'],
    description: 'Format of the disk',
    enum: [null, 'ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop'],
  },
  created_at: { type: 'string', readOnly: true, description: 'Date and time of image registration' },
  updated_at: { type: 'string', readOnly: true, description: 'Date and time of the last image modification' },
  tags: {
    type: 'array',
    description: 'List of strings related to the image',
    items: { type: 'string', maxLength: 255 },
  },
  direct_url: {
    type: 'string',
    readOnly: true,
    description: 'URL to access the image file kept in external store',
  },
  min_ram: { type: 'integer', description: 'Amount of ram (in MB) required to boot image.' },
  min_disk: { type: 'integer', description: 'Amount of disk space (in GB) required to boot image.' },
  self: { type: 'string', readOnly: true, description: 'An image self url' },
  file: { type: 'string', readOnly: true, description: 'An image file url' },
  stores: { type: 'string', readOnly: true, description: 'Store in which image data resides.' },
  schema: { type: 'string', readOnly: true, description: 'An image schema url' },
  locations: {
    type: 'array',
    description: 'A set of URLs to access the image file kept in external store',
    items: {
      type: 'object',
      properties: { url: { type: 'string', maxLength: 255 }, metadata: { type: 'object' } },
      required: ['url', 'metadata'],
    },
  },
  os_type: { type: 'string', description: 'The operating system installed on the image.', is_base: false },
  os_distro: {
    type: 'string',
    description: 'The common name of the operating system distribution.',
    is_base: false,
  },
  os_version: { type: 'string', description: 'The operating system version.', is_base: false },
  architecture: { type: 'string', description: 'The CPU architecture the image needs.', is_base: false },
};

const IMAGE_LINKS = [
  { rel: 'self', href: '{self}' },
  { rel: 'enclosure', href: '{file}' },
  { rel: 'describedby', href: '{schema}' },
];

/** The "image" schema; extra properties are free-form strings, as on a real Glance. */
export const IMAGE_SCHEMA = {
  name: 'image',
  properties: IMAGE_PROPERTIES,
  additionalProperties: { type: 'string' },
  links: IMAGE_LINKS,
};

const IMAGES_SCHEMA = {
  name: 'images',
  properties: {
    images: { type: 'array', items: { ...IMAGE_SCHEMA } },
    schema: { type: 'string' },
    first: { type: 'string' },
    next: { type: 'string' },
  },
  links: [
    { rel: 'first', href: '{first}' },
    { rel: 'next', href: '{next}' },
    { rel: 'describedby', href: '{schema}' },
  ],
};

const MEMBER_SCHEMA = {
  name: 'member',
  properties: {
    created_at: { type: 'string', description: 'Date and time of image member creation' },
    image_id: {
      type: 'string',
      description: 'An identifier for the image',
      pattern: UUID_PATTERN,
    },
    member_id: { type: 'string', description: 'An identifier for the image member (tenantId)' },
    status: {
      type: 'string',
      description: 'The status of this image member',
      enum: ['pending', 'accepted', 'rejected'],
    },
    updated_at: { type: 'string', description: 'Date and time of last modification of image member' },
    schema: { type: 'string', readOnly: true },
  },
};

const MEMBERS_SCHEMA = {
  name: 'members',
  properties: {
    members: { type: 'array', items: MEMBER_SCHEMA },
    schema: { type: 'string' },
  },
  links: [
    { rel: 'self', href: '{self}' },
    { rel: 'schema', href: '{schema}' },
  ],
};

const schemaRoute = (name: string, doc: unknown): Route => ({
  method: 'GET',
  path: `/image/v2/schemas/${name}`,
  service: 'image',
  auth: true,
  handler: () => json(200, doc),
});

export const routes: Route[] = [
  schemaRoute('image', IMAGE_SCHEMA),
  schemaRoute('images', IMAGES_SCHEMA),
  schemaRoute('member', MEMBER_SCHEMA),
  schemaRoute('members', MEMBERS_SCHEMA),
];
