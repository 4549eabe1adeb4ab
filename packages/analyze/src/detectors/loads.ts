// Packages R, Ruby and Julia code loads, as Python imports are read: `library(shiny)` in R scripts, R Markdown,
// Quarto and R notebooks, `require 'trollop'` in Ruby sources, `using Flux, POMDPs` in Julia sources, Pluto and
// Julia notebooks. A book, a course or a script often declares nothing and
// loads its stack where it uses it; only packages the knowledge base knows count, and only where no manifest
// declares them (infer/packages.ts treats them as imports).
import { recognisedPackage } from '../knowledge/catalog.js';
import { JULIA_FRAMEWORKS } from '../knowledge/packages.js';
import { seen, type Fact } from '../model.js';
import type { RuleId } from '../rules.js';
import { lineAt, byDepth, type Tree } from './tree.js';
import type { Detector } from './types.js';

/** How many R and Ruby files are read at most (shallow files first). */
const MAX_FILES = 60;

/** library(x), require(x), requireNamespace("x"), pacman::p_load(x, y). */
const R_LOAD = /\b(?:library|require|requireNamespace)\(\s*["']?([A-Za-z][\w.]*)["']?\s*[,)]/g;
const R_P_LOAD = /\bp_load\(([^)]*)\)/g;
/** require 'x' / require "x" at the start of a statement (require_relative is the project's own code). */
const RUBY_REQUIRE = /^[ \t]*require\s*\(?\s*["']([\w-]+)["']/gm;
/** `using A, B` / `import A` at the start of a statement (`using A: f` brings names from A). */
const JULIA_USING = /^[ \t]*(?:using|import)[ \t]+([A-Z]\w*(?:[ \t]*,[ \t]*[A-Z]\w*)*)/gm;
/** Default gems that ship with Ruby: requiring them says nothing about the stack. */
const RUBY_DEFAULT_GEMS = new Set(['json', 'bundler', 'rake']);

function loaded(
  file: string,
  code: string,
  index: number,
  shown: string,
  name: string,
  ecosystem: 'cran' | 'rubygems' | 'julia',
  rule: RuleId,
): Fact {
  return {
    type: 'package',
    ecosystem,
    name,
    extras: [],
    version: null,
    scope: 'main',
    conditional: false,
    variant: null,
    ev: seen(file, lineAt(code, index), shown.trim(), rule, 3),
  };
}

/** The known CRAN packages R code loads, once each. */
export function rLoads(file: string, code: string, rule: RuleId = 'r.library'): Fact[] {
  const facts: Fact[] = [];
  const found = new Set<string>();
  const add = (name: string, index: number, shown: string) => {
    if (found.has(name) || !recognisedPackage('r', name)) return;
    found.add(name);
    facts.push(loaded(file, code, index, shown, name, 'cran', rule));
  };
  for (const m of code.matchAll(R_LOAD)) add(m[1]!, m.index, m[0]);
  for (const m of code.matchAll(R_P_LOAD))
    for (const name of m[1]!.split(',')) add(name.trim().replace(/^["']|["']$/g, ''), m.index, m[0]);
  return facts;
}

/** The known gems Ruby code requires, once each. */
export function rubyRequires(file: string, code: string): Fact[] {
  const facts: Fact[] = [];
  const found = new Set<string>();
  for (const m of code.matchAll(RUBY_REQUIRE)) {
    const name = m[1]!;
    if (found.has(name) || RUBY_DEFAULT_GEMS.has(name) || !recognisedPackage('ruby', name)) continue;
    found.add(name);
    facts.push(loaded(file, code, m.index, m[0], name, 'rubygems', 'ruby.require'));
  }
  return facts;
}

/** The known Julia packages Julia code loads (the standard library and the project's own modules are not known). */
export function juliaUsings(file: string, code: string): Fact[] {
  const facts: Fact[] = [];
  const found = new Set<string>();
  for (const m of code.matchAll(JULIA_USING))
    for (const name of m[1]!.split(',').map((n) => n.trim())) {
      if (found.has(name) || !JULIA_FRAMEWORKS.has(name)) continue;
      found.add(name);
      facts.push(loaded(file, code, m.index, m[0], name, 'julia', 'julia.using'));
    }
  return facts;
}

function loadFiles(tree: Tree): string[] {
  return tree.paths
    .filter((p) => /\.(r|rmd|qmd|rb|jl)$/i.test(p) && !tree.ignored(p))
    .sort(byDepth)
    .slice(0, MAX_FILES);
}

export const loadsDetector: Detector = {
  name: 'loads',
  select: loadFiles,
  detect(input) {
    const facts: Fact[] = [];
    for (const path of loadFiles(input.tree)) {
      const code = input.text(path);
      if (code === null) continue;
      facts.push(
        ...(/\.rb$/i.test(path)
          ? rubyRequires(path, code)
          : /\.jl$/i.test(path)
            ? juliaUsings(path, code)
            : rLoads(path, code)),
      );
    }
    return facts;
  },
};
