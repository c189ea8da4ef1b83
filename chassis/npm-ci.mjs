// Fetches the packages of <base>/package.json into <base>/target/npm with `npm ci`: chassis/package.json's (Det
// Fælles Designsystem), run by exec-maven-plugin in chassis/pom.xml (ADR 0009), and chassis/openapi-lint's (Redocly
// CLI), run by openapi-lint/lint.mjs (ADR 0020). Nothing lands in src: target/npm/node_modules is the only copy.
// `npm ci` empties node_modules and unpacks again each time, so it runs only when target/npm has no install of the
// committed lock yet; npm's cache (~/.npm) keeps the build offline after the first fetch.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const base = process.argv[2] ?? '.';
const target = join(base, 'target', 'npm');
const lock = readFileSync(join(base, 'package-lock.json'), 'utf8');
const marker = join(target, 'node_modules', '.rodtraad-installed-lock.json');

if (existsSync(marker) && readFileSync(marker, 'utf8') === lock) {
  console.log('[npm-ci] target/npm/node_modules matches package-lock.json: npm ci skipped');
  process.exit(0);
}
mkdirSync(target, { recursive: true });
copyFileSync(join(base, 'package.json'), join(target, 'package.json'));
copyFileSync(join(base, 'package-lock.json'), join(target, 'package-lock.json'));
try {
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    { cwd: target, stdio: 'inherit', shell: process.platform === 'win32' });
} catch (e) {
  console.error('[npm-ci] npm ci failed in ' + target + ': is npm installed (Node.js 20 or later) and the npm registry'
    + ' reachable, or the packages in npm\'s cache? ' + e.message);
  process.exit(1);
}
writeFileSync(marker, lock);
