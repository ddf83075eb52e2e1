import { afterAll } from '@jest/globals';
import { stopLeftovers } from '@app/testing';

// Registered for every e2e test file (jest.config.js setupFilesAfterEnv), after the file's own afterAll hooks:
// whatever the file's setup managed or failed to do, no process or server it started survives it.
afterAll(() => stopLeftovers());
