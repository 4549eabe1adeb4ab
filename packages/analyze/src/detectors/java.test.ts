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

  it('reports the Maven and Gradle dependencies the knowledge base knows, test ones as tests', async () => {
    const pom = await factsOf(javaDetector, {
      'pom.xml':
        '<project><dependencies>\n<dependency><groupId>org.deeplearning4j</groupId>\n<artifactId>deeplearning4j-core</artifactId><version>1.0.0-M2.1</version></dependency>\n<dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency>\n</dependencies></project>\n',
    });
    expect(ofType(pom, 'package').map((p) => [p.name, p.version, p.scope, p.ev.line])).toEqual([
      ['deeplearning4j-core', '1.0.0-M2.1', 'main', 3],
      ['junit-jupiter', null, 'dev', 4],
    ]);
    const gradle = await factsOf(javaDetector, {
      'build.gradle.kts':
        'dependencies {\n  implementation("ai.djl:api:0.28.0")\n  testImplementation("org.junit.jupiter:junit-jupiter:5.10.0")\n}\n',
    });
    expect(ofType(gradle, 'package').map((p) => [p.name, p.scope])).toEqual([
      ['ai.djl:api', 'main'],
      ['junit-jupiter', 'dev'],
    ]);
  });
});
