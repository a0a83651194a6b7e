import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A built web client in miniature: index.html, one hashed script and its source map. */
export function makeWebRoot(): { root: string; script: string; sourceMap: string } {
  const root = mkdtempSync(join(tmpdir(), 'slotline-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Slotline</title><script type="module" src="/assets/app-4f2a9c.js"></script>');
  // Large enough to be worth compressing.
  writeFileSync(join(root, 'assets', 'app-4f2a9c.js'), `console.log(${JSON.stringify('slotline '.repeat(2_000))});\n//# sourceMappingURL=app-4f2a9c.js.map\n`);
  writeFileSync(join(root, 'assets', 'app-4f2a9c.js.map'), JSON.stringify({ version: 3, sources: ['secret-source.ts'], mappings: '' }));
  return { root, script: '/assets/app-4f2a9c.js', sourceMap: '/assets/app-4f2a9c.js.map' };
}
