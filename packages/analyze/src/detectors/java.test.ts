import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { javaDetector } from './java.js';

describe('Java', () => {
  it.each([
    [
      {
        'pom.xml':
          '<project><properties><maven.compiler.release>17</maven.compiler.release></properties></project>',
      },
      '17',
      'java.maven',
    ],
    [
      { 'pom.xml': '<project><properties><java.version>1.8</java.version></properties></project>' },
      '8',
      'java.maven',
    ],
    [
      { 'build.gradle.kts': 'java { toolchain { languageVersion.set(JavaLanguageVersion.of(21)) } }' },
      '21',
      'java.gradle',
    ],
    [{ 'build.gradle': 'kotlin { jvmToolchain(17) }' }, '17', 'java.gradle'],
    [{ 'build.gradle': 'sourceCompatibility = JavaVersion.VERSION_11' }, '11', 'java.gradle'],
    [{ '.java-version': 'temurin-17.0.9\n' }, '17', 'java.version-file'],
    [{ '.sdkmanrc': 'java=21.0.2-tem\n' }, '21', 'java.version-file'],
  ])('%j → Java %s', async (files, version, rule) => {
    const facts = await factsOf(javaDetector, files);
    expect(ofType(facts, 'runtime')[0]).toMatchObject({
      name: 'java',
      version,
      ev: expect.objectContaining({ rule }),
    });
  });

  it('says Java without a version when the build file states none', async () => {
    const facts = await factsOf(javaDetector, { 'pom.xml': '<project></project>' });
    expect(ofType(facts, 'runtime')[0]).toMatchObject({ name: 'java', version: null });
  });
});
