// Lints OpenAPI documents with Redocly CLI's recommended rules (redocly.yaml): each service's build runs it on the
// document Quarkus wrote at build time (target/openapi/openapi.json), bound in the parent pom (docs/api.md, ADR 0020).
// Redocly comes from npm by the committed package.json and package-lock.json, installed by chassis/npm-ci.mjs into
// chassis/openapi-lint/target/npm (once; after that from npm's cache, offline too). Any error fails the build.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const documents = process.argv.slice(2);
if (documents.length === 0) {
  console.error('[openapi-lint] usage: node lint.mjs <openapi.json>...');
  process.exit(2);
}
execFileSync(process.execPath, [join(here, '..', 'npm-ci.mjs'), here], { stdio: 'inherit' });
const cli = join(here, 'target', 'npm', 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
try {
  execFileSync(process.execPath, [cli, 'lint', '--config', join(here, 'redocly.yaml'), '--format', 'codeframe',
    ...documents], {
    stdio: 'inherit',
    // No telemetry and no look-up of a newer version: the build talks to no one but npm's registry, and only once.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
} catch (e) {
  console.error('[openapi-lint] the OpenAPI document breaks a rule of redocly.yaml: see above (docs/api.md)');
  process.exit(1);
}
