#!/usr/bin/env node
// `capacity` is `envboot capacity`.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2), { command: 'capacity' }));
