#!/usr/bin/env node
import { program } from 'commander'
import cloneDeep from 'lodash/cloneDeep'
import pickBy from 'lodash/pickBy'
import semver from 'semver'
import pkg from '../../package.json'
import cliOptions, { renderExtendedHelp } from '../cli-options'
import ncu from '../index'
import { chalkInit } from '../lib/chalk'
import getNcuRc from '../lib/getNcuRc' // async global contexts are only available in esm modules -> function

;(async () => {
  // importing update-notifier dynamically as esm modules are only allowed to be dynamically imported inside of cjs modules
  const { default: updateNotifier } = await import('update-notifier')

  const notifier = updateNotifier({ pkg })
  // ...

  // start commander program
  program
    .description('[filter] is a list or regex of package names to check (all others will be ignored).')
    .usage('[options] [filter]')
    // See: boolean optional arg below
    .configureHelp({ optionTerm: option => option.flags.replace('[bool]', '') })

  // add cli options
  cliOptions.forEach(({ long, short, arg, description, default: defaultValue, help, parse, type }) => {
    // ...
  })

  // set version option at the end
  program.version(pkg.version)

  const defaultOptionValues = cloneDeep((program as any)._optionValues)
  program.parse(process.argv)

  const programOpts = program.opts()
  const programArgs = process.argv.slice(2)

  const { color, configFileName, configFilePath, packageFile, mergeConfig } = programOpts

  // Force color on all chalk instances.
  await chalkInit(color)

  // load .ncurc
  const rcResult =
    !programOpts.global && (!process.env.NCU_TESTS || configFilePath || mergeConfig)
      ? await getNcuRc({ configFileName, configFilePath, packageFile, color })
      : null

  // ...

  ncu(options, { cli: true })
})()
