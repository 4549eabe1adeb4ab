#!/usr/bin/env node
// `api-6` is `envboot launch`.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2), { command: 'launch' }));
