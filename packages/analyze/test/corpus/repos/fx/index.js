#!/usr/bin/env node
'use strict'
const os = require('os')
const fs = require('fs')
const path = require('path')

const JSON = require('lossless-json')
JSON.config({circularRefs: false})

const std = require('./std')

try {
  require(path.join(os.homedir(), '.fxrc')) // Should be required before config.js usage.
} catch (err) {
  if (err.code !== 'MODULE_NOT_FOUND') {
    throw err
  }
}

const print = require('./print')
const reduce = require('./reduce')
const stream = require('./stream')

const usage = `
  Usage
    $ fx [code ...]

  Examples
    $ echo '{"key": "value"}' | fx 'x => x.key'
    value

    $ echo '{"key": "value"}' | fx .key
    value

    $ echo '[1,2,3]' | fx 'this.map(x => x * 2)'
    [2, 4, 6]

`

const {stdin, stdout, stderr} = process
var args = process.argv.slice(2)

void function main() {
  var interactive = false
  let filename = 'fx'

  function load_file(fn) {
    const input = fs.readFileSync(fn).toString('utf8')
    filename = path.basename(fn)
    global.FX_FILENAME = fn
    return input
  }

  function handle(input) {
    let json
    try {
      json = reduce_args(JSON.parse(input))
    } catch (e) {
      printError(e, input)
      process.exit(1)
    }

    if (interactive) {
      require('./fx')(filename, json)
    } else {
      handle_piped(json)
    }
  }

  if (stdin.isTTY) {
    if (args.length === 0 || (args.length === 1 && (args[0] === '-h' || args[0] === '--help'))) {
      stderr.write(usage)
      process.exit(2)
    }
    if (args.length === 1 && (args[0] === '-v' || args[0] === '--version')) {
      stderr.write(require('./package.json').version + '\n')
      process.exit(0)
    }
    const input = load_file(args[0])
    args.shift()
    handle(input)
  } else {
    interactive |= args.length == 0
    stdin.setEncoding('utf8')
    const reader = stream(stdin, (json) => handle_piped(reduce_args(json)))
    stdin.on('readable', reader.read)
    stdin.on('end', () => {
      if (!reader.isStream()) {
        handle(reader.value())
      }
    })
  }

}()

// ... (reduce_args, handle_piped, snippet and printError trimmed; they use require('chalk'))
