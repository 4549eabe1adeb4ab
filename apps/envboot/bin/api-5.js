#!/usr/bin/env node
// `api-5` is `envboot allocate`.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2), { command: 'allocate' }));
