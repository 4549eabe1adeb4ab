import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { rubyDetector } from './ruby.js';

describe('Ruby', () => {
  it('reads the gems of a gemspec the knowledge base knows; development gems are dev', async () => {
    const facts = await factsOf(rubyDetector, {
      'tool.gemspec': [
        'Gem::Specification.new do |spec|',
        '  spec.add_dependency "thor"',
        "  spec.add_runtime_dependency 'activesupport', '>= 6'",
        '  spec.add_dependency "some-unknown-gem"',
        '  spec.add_development_dependency "rspec"',
        'end',
      ].join('\n'),
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.version, p.scope, p.ev.rule, p.ev.line])).toEqual([
      ['thor', null, 'main', 'ruby.gemspec', 2],
      ['activesupport', '>= 6', 'main', 'ruby.gemspec', 3],
      ['rspec', null, 'dev', 'ruby.gemspec', 5],
    ]);
  });

  it('reads Gemfile gem lines; those of a development or test group are dev', async () => {
    const facts = await factsOf(rubyDetector, {
      Gemfile: [
        "source 'https://rubygems.org'",
        "gem 'rails', '~> 7.1'",
        "gem 'pg'",
        'group :development, :test do',
        "  gem 'rspec'",
        'end',
        "gem 'puma', groups: [:production]",
      ].join('\n'),
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.version, p.scope])).toEqual([
      ['rails', '~> 7.1', 'main'],
      ['pg', null, 'main'],
      ['rspec', null, 'dev'],
      ['puma', null, 'main'],
    ]);
  });
});
