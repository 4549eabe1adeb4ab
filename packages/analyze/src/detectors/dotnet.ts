// .NET: SDK-style project files (*.csproj, *.fsproj, *.vbproj) and central package versions
// (Directory.Packages.props): the NuGet packages referenced (a test project's as test) and the .NET targeted.
import { seen, type Fact } from '../model.js';
import { packageFact } from './package-fact.js';
import { lineOf } from './text.js';
import type { Detector } from './types.js';

const FILES = /^(?:.+\.(?:cs|fs|vb)proj|Directory\.Packages\.props)$/;

export function dotnetFacts(path: string, text: string): Fact[] {
  const facts: Fact[] = [{ type: 'manifest', file: path, runtime: 'dotnet' }];
  const test = /\.Tests?\.\w+proj$/i.test(path) || /<IsTestProject>\s*true/i.test(text);
  // <TargetFramework>net8.0</TargetFramework>, <TargetFrameworks>net6.0;net8.0</TargetFrameworks>: the oldest.
  const targets = /<TargetFrameworks?>([^<]+)<\/TargetFrameworks?>/i.exec(text);
  const versions = targets ? [...targets[1]!.matchAll(/\bnet(?:coreapp)?(\d+\.\d+)/g)].map((m) => m[1]!) : [];
  if (versions.length && !test)
    facts.push({
      type: 'runtime',
      name: 'dotnet',
      version: versions.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))[0]!,
      range: null,
      ev: seen(path, lineOf(text, targets![0]), targets![0], 'dotnet.project', 1),
    });
  for (const m of text.matchAll(/<Package(?:Reference|Version)\s+Include="([^"]+)"([^>]*)>/g)) {
    const version = /\bVersion="([^"]+)"/.exec(m[2]!)?.[1] ?? null;
    const ev = seen(path, lineOf(text, m[0]), m[0], 'dotnet.project', 1);
    facts.push(packageFact('nuget', m[1]!, version, ev, test ? 'dev' : 'main', test ? 'test' : null));
  }
  return facts;
}

export const dotnetDetector: Detector = {
  name: 'dotnet',
  select: (tree) => tree.envFiles(FILES),
  detect(input) {
    return input.tree.envFiles(FILES).flatMap((path) => {
      const text = input.text(path);
      return text === null ? [] : dotnetFacts(path, text);
    });
  },
};
