// End-to-end tests: the release build in dist/, served by our own server the way users get
// it, driven in Debian's Chromium (Playwright's own browser download cannot work here).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
// The mailbox's database for this run: emptied at start, read by tests/e2e/mailbox.spec.ts
// through the staff CLI. Every client is 127.0.0.1, so the per-address limit is raised.
export const E2E_DATA = process.env.E2E_DATA ?? `test-results/e2e-data-${port}`;
const server = process.env.PORTAL_SERVER ?? './target/release/portal-server';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // list for people; json for scripts/test's closing count line.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these Chromium keeps trying to reach Google's services on a closed network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${E2E_DATA} && exec ${server} --dist dist --addr 127.0.0.1:${port} --data ${E2E_DATA} --rate-limit 100000/60`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
