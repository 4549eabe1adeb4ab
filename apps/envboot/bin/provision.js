#!/usr/bin/env node
// `provision` is `envboot provision`.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2), { command: 'provision' }));
