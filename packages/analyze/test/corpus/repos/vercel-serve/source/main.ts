#!/usr/bin/env node

// source/main.ts
// The CLI for the `serve-handler` module.

import path from 'node:path';
import chalk from 'chalk';
import boxen from 'boxen';
import clipboard from 'clipboardy';
// @ts-expect-error No type definitions.
import checkForUpdate from 'update-check';
import manifest from '../package.json';
import { resolve } from './utilities/promise.js';
import { startServer } from './utilities/server.js';
import { registerCloseListener } from './utilities/http.js';
import { parseArguments, getHelpText } from './utilities/cli.js';
import { loadConfiguration } from './utilities/config.js';
import { logger } from './utilities/logger.js';
import type { Arguments } from './types.js';

/**
 * Checks for updates to this package. If an update is available, it brings it
 * to the user's notice by printing a message to the console.
 */
const printUpdateNotification = async (debugMode: boolean) => {
  // ...
};

// Parse the options passed by the user.
let args: Arguments;
try {
  args = parseArguments();
} catch (error: any) {
  logger.error((error as Error).message);
  process.exit(1);
}

// Check for updates to the package unless the user sets the `NO_UPDATE_CHECK`
// variable.
if (process.env.NO_UPDATE_CHECK !== '1')
  await printUpdateNotification(args['--debug']);
// If the `version` or `help` arguments are passed, print the version or the
// help text and exit.
if (args['--version']) {
  logger.log(manifest.version);
  process.exit(0);
}
if (args['--help']) {
  logger.log(getHelpText());
  process.exit(0);
}

// Default to listening on port 3000.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
if (!args['--listen'])
  args['--listen'] = [
    [process.env.PORT ? parseInt(process.env.PORT, 10) : 3000],
  ];
// Ensure that the user has passed only one directory to serve.
if (args._.length > 1) {
  logger.error('Please provide one path argument at maximum');
  process.exit(1);
}

// Parse the configuration.
const cwd = process.cwd();
const entry = args._[0] ? path.resolve(args._[0]) : cwd;
const config = await loadConfiguration(cwd, entry, args);

// ...

// Start the server for each endpoint passed by the user.
for (const endpoint of args['--listen']) {
  // eslint-disable-next-line no-await-in-loop
  const { local, network, previous } = await startServer(
    endpoint,
    config,
    args,
  );

  // ...

  // Else print a fancy box with the server address.
  let message = chalk.green('Serving!');
  // ...
  logger.log(
    boxen(message, {
      padding: 1,
      borderColor: 'green',
      margin: 1,
    }),
  );
}

// Print out a message to let the user know we are shutting down the server
// when they press Ctrl+C or kill the process externally.
registerCloseListener(() => {
  logger.log();
  logger.info('Gracefully shutting down. Please wait...');
  // ...
});
