// Who exists at the simulated site: one domain, the default user and project (the identities the conformance
// run and envboot's tests use), their roles, and application credentials.
import { createHash } from 'node:crypto';
import { hexId } from '../ids.js';

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export interface SimIdentity {
  username: string;
  password: string;
  userDomain: string;
  projectName: string;
  projectId: string;
  projectDomain: string;
  region: string;
  appCredId: string;
  appCredSecret: string;
  userId: string;
}

export const DEFAULT_IDENTITY: Readonly<SimIdentity> = Object.freeze({
  username: 'demo',
  password: 'demo-password',
  userDomain: 'Default',
  projectName: 'CHI-000000',
  projectId: '9a1b0c2d3e4f45a6b7c8d9e0f1a2b3c4',
  projectDomain: 'Default',
  region: 'CHI@UC',
  appCredId: '0123456789abcdef0123456789abcdef',
  appCredSecret: 'peer-appcred-secret',
  userId: '5e3c1a7b9d2f4e6a8c0b1d3f5a7c9e2b',
});

export interface Domain {
  id: string;
  name: string;
}

export interface User {
  id: string;
  name: string;
  password: string;
  domain: Domain;
  defaultProjectId: string | null;
}

export interface Project {
  id: string;
  name: string;
  domain: Domain;
  description: string;
}

export interface Role {
  id: string;
  name: string;
}

export interface AppCredential {
  id: string;
  name: string;
  /** SHA-256 of the secret: the secret itself is shown once, at creation, and never kept. */
  secretHash: string;
  description: string | null;
  userId: string;
  projectId: string;
  /** Unrestricted credentials may create trusts (Blazar needs one for every lease) and more credentials; null (not
   * given at creation) counts as restricted, as in Keystone. */
  unrestricted: boolean | null;
  /** Wall-clock ms, or null for never. */
  expiresAt: number | null;
}

export const DEFAULT_DOMAIN: Domain = { id: 'default', name: 'Default' };
export const ROLES: Role[] = [
  { id: 'd6b2c7e83a4f4b1c9e0a5f6d7c8b9a01', name: 'member' },
  { id: 'a4c9e1f02b3d4c5e8f7a6b5c4d3e2f10', name: 'reader' },
];

export class Directory {
  readonly users = new Map<string, User>();
  readonly projects = new Map<string, Project>();
  readonly appCredentials = new Map<string, AppCredential>();

  constructor(readonly identity: SimIdentity) {
    const domain = DEFAULT_DOMAIN;
    this.projects.set(identity.projectId, {
      id: identity.projectId,
      name: identity.projectName,
      domain,
      description: 'Simulated Chameleon project',
    });
    this.users.set(identity.userId, {
      id: identity.userId,
      name: identity.username,
      password: identity.password,
      domain,
      defaultProjectId: identity.projectId,
    });
    this.appCredentials.set(identity.appCredId, {
      id: identity.appCredId,
      name: 'envboot-sim',
      secretHash: hashSecret(identity.appCredSecret),
      description: 'Unrestricted application credential of the simulated user',
      userId: identity.userId,
      projectId: identity.projectId,
      unrestricted: true,
      expiresAt: null,
    });
  }

  domain(ref: { id?: unknown; name?: unknown } | undefined): Domain | undefined {
    if (!ref) return undefined;
    if (ref.id !== undefined) return ref.id === DEFAULT_DOMAIN.id ? DEFAULT_DOMAIN : undefined;
    return ref.name === DEFAULT_DOMAIN.name ? DEFAULT_DOMAIN : undefined;
  }

  userByName(name: string, domain: Domain): User | undefined {
    for (const u of this.users.values()) if (u.name === name && u.domain.id === domain.id) return u;
    return undefined;
  }

  projectByName(name: string, domain: Domain): Project | undefined {
    for (const p of this.projects.values()) if (p.name === name && p.domain.id === domain.id) return p;
    return undefined;
  }

  /** Roles a user holds on a project (the simulated user is member and reader of its project). */
  rolesOn(userId: string, projectId: string): Role[] {
    const user = this.users.get(userId);
    return user && user.defaultProjectId === projectId ? ROLES : [];
  }

  projectsOf(userId: string): Project[] {
    return [...this.projects.values()].filter((p) => this.rolesOn(userId, p.id).length > 0);
  }

  createAppCredential(values: Omit<AppCredential, 'id'>): AppCredential {
    const cred = { id: hexId(), ...values };
    this.appCredentials.set(cred.id, cred);
    return cred;
  }
}
