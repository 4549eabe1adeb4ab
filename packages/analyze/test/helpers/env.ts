// Shared bits for the tests: a quiet logger, fetch limits, the environment git children get, and temporary
// directories removed when the test file is done.
import { afterAll } from '@jest/globals';
import { silentLogger } from '@envboot/core';
import { fetchLimits, gitTestEnv, removeTempDirs, tempDir as testkitTempDir } from '@envboot/testkit';

export const log = silentLogger();
export const limits = fetchLimits;
export const gitEnv = gitTestEnv;
export const tempDir = (prefix = 'envboot-analyze-'): string => testkitTempDir(prefix);

afterAll(removeTempDirs);
