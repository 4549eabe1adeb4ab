import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { dotnetDetector } from './dotnet.js';

describe('.NET project files', () => {
  it('reads package references (a test project as test) and the oldest target framework', async () => {
    const facts = await factsOf(dotnetDetector, {
      'src/Tool/Tool.csproj': [
        '<Project Sdk="Microsoft.NET.Sdk">',
        '  <PropertyGroup><TargetFrameworks>net8.0;net6.0</TargetFrameworks></PropertyGroup>',
        '  <ItemGroup>',
        '    <PackageReference Include="System.CommandLine" Version="2.0.0-beta4.22272.1" />',
        '    <PackageReference Include="Spectre.Console" Version="0.48.0" />',
        '  </ItemGroup>',
        '</Project>',
      ].join('\n'),
      'src/Tool.Tests/Tool.Tests.csproj':
        '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup><PackageReference Include="xunit" Version="2.6.1" /></ItemGroup>\n</Project>\n',
    });
    const packages = ofType(facts, 'package').map((p) => [p.ecosystem, p.name, p.version, p.scope]);
    expect(packages).toHaveLength(3);
    expect(packages).toEqual(
      expect.arrayContaining([
        ['nuget', 'System.CommandLine', '2.0.0-beta4.22272.1', 'main'],
        ['nuget', 'Spectre.Console', '0.48.0', 'main'],
        ['nuget', 'xunit', '2.6.1', 'dev'],
      ]),
    );
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version])).toEqual([['dotnet', '6.0']]);
  });
});
