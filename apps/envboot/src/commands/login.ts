// envboot login: log in to Chameleon in a browser (the device flow of v3chameleonoidc) and keep the login in
// ccauth's file. Flags are declared here; the work loads only when the command runs.
import type { Options } from 'yargs';
import { COMMON_GROUP, OUTPUT_OPTIONS } from '@envboot/core/cli';
import type { ToolDefinition } from './tool.js';

const LOGIN_OPTIONS = {
  'os-cloud': {
    type: 'string',
    alias: 'cloud',
    describe: 'Entry of clouds.yaml to log in with (default $OS_CLOUD, or the only entry)',
  },
  site: {
    type: 'string',
    alias: 'zone',
    describe: 'Chameleon site whose Keystone checks the login: uc, tacc, nu, edge, kvm, or sim',
  },
  json: OUTPUT_OPTIONS.json,
  pretty: OUTPUT_OPTIONS.pretty,
  'log-level': OUTPUT_OPTIONS['log-level'],
  'log-format': OUTPUT_OPTIONS['log-format'],
} as const satisfies Record<string, Options>;

export const loginTool: ToolDefinition = {
  name: 'login',
  summary: 'Log in to Chameleon in a browser and keep the login for later commands (v3chameleonoidc)',
  options: LOGIN_OPTIONS,
  command: (host) => ({
    command: 'login',
    describe: loginTool.summary,
    builder: (y) =>
      y
        .usage(
          '$0 login [options]\n\nLogs in with the OAuth device flow, as `ccauth login` does: prints a link and a code on stderr, waits ' +
            "until you approve the login in a browser, then writes the refresh token to ccauth's file " +
            '($CC_LOGIN_STATE/refresh_token.json, default ~/.cache/ccauth/refresh_token.json, mode 600), where every later ' +
            'command with auth_type v3chameleonoidc finds it (envboot, ccauth and the OpenStack CLI alike). The cloud comes ' +
            'from clouds.yaml (--os-cloud, $OS_CLOUD) or the OS_* variables of `ccauth openrc`; it must use auth_type ' +
            'v3chameleonoidc or v3oidcdeviceauthz. On success it prints who is logged in on stderr and nothing on stdout.',
        )
        .options(LOGIN_OPTIONS)
        .group(['json', 'pretty', 'log-level', 'log-format'], COMMON_GROUP)
        .example(
          'envboot login --os-cloud chameleon',
          'log in with the clouds.yaml entry written by `ccauth clouds-yaml`',
        )
        .example('. ./openrc && envboot login', 'log in with the variables of `ccauth openrc`')
        .example('envboot login && envboot capacity', 'log in once; later commands need no browser')
        .epilogue(
          'Exit codes: 0 logged in; 7 (AUTH, AUTH_CONFIG) the cloud does not use a device login, the login was denied, ' +
            'or its code expired; 2 bad flags; 130 interrupted. On a failure it prints one error envelope on stdout and one ' +
            'line on stderr. See docs/configuration.md.',
        ),
    handler: async (args) => {
      if (host.usageFailed) return;
      const { runLogin } = await import('./login-run.js');
      host.setExit(await runLogin(args as never, host.io));
    },
  }),
};
