'use strict';
var debug = require('debug')('nodemon'),
    path = require('path'),
    monitor = require('./monitor'),
    cli = require('./cli'),
    version = require('./version'),
    util = require('util'),
    utils = require('./utils'),
    bus = utils.bus,
    help = require('./help'),
    config = require('./config'),
    spawn = require('./spawn');

function nodemon(settings) {
  nodemon.reset();
  if (typeof settings === 'string') {
    settings = settings.trim();
    settings = cli.parse(settings);
  }
  config.load(settings, function (config) {
    monitor.run(config.options);
  });
  return nodemon;
}

module.exports = nodemon;
