// `npm run test:browser`: the CORS verdict checked against Debian's headless Chromium (test/browser).
// Kept apart from `npm test`, which stays browser-free.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
