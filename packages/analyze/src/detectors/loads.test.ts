import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { loadsDetector, rLoads, rubyRequires } from './loads.js';

const names = (facts: ReturnType<typeof rLoads>) =>
  facts.map((f) => (f.type === 'package' ? [f.name, f.ev.rule, f.ev.line] : null));

describe('packages R and Ruby code loads', () => {
  it('reads library(), require(), requireNamespace() and p_load() of known R packages, once each', () => {
    const code = [
      'library(shiny)',
      'suppressMessages(library("tidymodels"))',
      'if (!requireNamespace("data.table", quietly = TRUE)) stop()',
      'pacman::p_load(ggplot2, dplyr)',
      'library(shiny)',
      'library(mylocalthing)',
    ].join('\n');
    expect(names(rLoads('app.R', code))).toEqual([
      ['shiny', 'r.library', 1],
      ['tidymodels', 'r.library', 2],
      ['data.table', 'r.library', 3],
      ['ggplot2', 'r.library', 4],
      ['dplyr', 'r.library', 4],
    ]);
  });

  it("reads require 'gem' of known gems, not require_relative or the gems Ruby ships", () => {
    const code = "require 'trollop'\nrequire \"paint\"\nrequire 'json'\nrequire_relative 'lolcat/lol'\n";
    expect(names(rubyRequires('lib/cat.rb', code))).toEqual([
      ['trollop', 'ruby.require', 1],
      ['paint', 'ruby.require', 2],
    ]);
  });

  it('reads R Markdown and Ruby sources of a repository', async () => {
    const facts = await factsOf(loadsDetector, {
      'chapter.Rmd': '```{r}\nlibrary(shiny)\n```\n',
      'lib/cat.rb': "require 'trollop'\n",
      'main.py': 'import shiny\n',
    });
    expect(ofType(facts, 'package').map((p) => [p.ecosystem, p.name])).toEqual([
      ['cran', 'shiny'],
      ['rubygems', 'trollop'],
    ]);
  });

  it('reads using and import of known Julia packages in .jl files, not the standard library', async () => {
    const facts = await factsOf(loadsDetector, {
      'notebooks/5-Deep-RL.jl':
        '### A Pluto.jl notebook ###\nusing POMDPs, Crux, Flux\nusing LinearAlgebra\nimport Pkg\n',
    });
    expect(ofType(facts, 'package').map((p) => [p.ecosystem, p.name, p.ev.rule])).toEqual([
      ['julia', 'POMDPs', 'julia.using'],
      ['julia', 'Flux', 'julia.using'],
    ]);
  });
});
