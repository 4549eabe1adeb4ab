#!/usr/bin/env node
// `lease-create` is `envboot lease-create`.
import { main } from '../dist/main.js';

process.exit(await main(process.argv.slice(2), { command: 'lease-create' }));
