/** How the project starts Chromium, for the browser tests and the benchmark: Debian's build, quiet. */
import { existsSync } from 'node:fs';

/** Launch options: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium` when installed. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const path =
    process.env['CHROMIUM_PATH'] ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return {
    ...(path ? { executablePath: path } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
