#!/usr/bin/env node
// `api-1` is `envboot capacity`.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2), { command: 'capacity' }));
