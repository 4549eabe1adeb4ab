#!/usr/bin/env node
// `lease-delete` is `envboot lease-delete`.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2), { command: 'lease-delete' }));
