import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { elixirDetector } from './elixir.js';

const MIX = `defmodule Credo.MixProject do
  use Mix.Project

  def project do
    [app: :credo, version: "1.7.0", elixir: ">= 1.11.0", deps: deps()]
  end

  defp deps do
    [
      {:file_system, "~> 0.2 or ~> 1.0"},
      {:bunt, "~> 0.2.1 or ~> 1.0"},
      {:jason, "~> 1.0"},
      {:ex_doc, "~> 0.25", only: :dev, runtime: false},
      {:excoveralls, "~> 0.10", only: :test},
      {:inch_ex, "~> 2.0", only: [:dev, :test], runtime: false}
    ]
  end
end
`;

describe('Elixir packages', () => {
  it('reads the deps of mix.exs, dev and test ones as such, and the Elixir it requires', async () => {
    const facts = await factsOf(elixirDetector, { 'mix.exs': MIX });
    expect(ofType(facts, 'package').map((p) => [p.name, p.scope, p.group ?? null, p.ev.line])).toEqual([
      ['file_system', 'main', null, 10],
      ['bunt', 'main', null, 11],
      ['jason', 'main', null, 12],
      ['ex_doc', 'dev', 'dev', 13],
      ['excoveralls', 'dev', 'test', 14],
      ['inch_ex', 'dev', 'dev', 15],
    ]);
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version])).toEqual([['elixir', '1.11.0']]);
    expect(ofType(facts, 'manifest')).toEqual([
      { type: 'manifest', file: 'mix.exs', runtime: 'elixir', project: 'credo' },
    ]);
  });
});
