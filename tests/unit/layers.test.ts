import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

// The project's own rule set, run on a tiny tree with forbidden imports planted in it, so the
// check in `npm run lint:layers` is known to fail when a layer is crossed.
const ruleSet = createRequire(import.meta.url)('../../.dependency-cruiser.cjs');

describe('layer rules (.dependency-cruiser.cjs)', () => {
  it('names the rule for each planted forbidden import, type-only ones included', async () => {
    const result = await cruise(['components', 'lib', 'db'], {
      validate: true,
      ruleSet: { forbidden: ruleSet.forbidden },
      baseDir: resolve('tests/fixtures/layers'),
      tsPreCompilationDeps: true,
    });
    const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
    const violations = output.summary.violations.map(
      (v: { rule: { name: string }; from: string; to: string }) => `${v.rule.name}: ${v.from} → ${v.to}`,
    );
    expect(violations.sort()).toEqual([
      'domain-stays-pure: lib/domain/pure.ts → db/queries/users.ts',
      'ui-never-reaches-the-server: components/app-shell.ts → db/queries/users.ts',
    ]);
  });
});
