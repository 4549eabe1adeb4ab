#!/usr/bin/env node
// `api-3` is `envboot lease-status`.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2), { command: 'lease-status' }));
