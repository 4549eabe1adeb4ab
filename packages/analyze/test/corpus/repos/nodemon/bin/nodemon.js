#!/usr/bin/env node
var cli = require('../lib/cli'),
    nodemon = require('../lib/'),
    options = cli.parse(process.argv);

nodemon(options);
