// Lint for every package: typescript-eslint's recommended rules plus nx's module boundaries,
// which keep the dependency direction of DESIGN.md (events at the bottom; components never
// import each other; runtime wires them; python and tracing drive a runtime; apps on top).
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', '**/build/**', '**/vite.config.*.timestamp*'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          enforceBuildableLibDependency: false,
          depConstraints: [
            { sourceTag: 'layer:events', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'layer:model', onlyDependOnLibsWithTags: ['layer:events'] },
            { sourceTag: 'layer:component', onlyDependOnLibsWithTags: ['layer:events', 'layer:model'] },
            { sourceTag: 'layer:runtime', onlyDependOnLibsWithTags: ['layer:events', 'layer:model', 'layer:component'] },
            { sourceTag: 'layer:frontend', onlyDependOnLibsWithTags: ['layer:events', 'layer:model', 'layer:component', 'layer:runtime'] },
            { sourceTag: 'layer:app', onlyDependOnLibsWithTags: ['layer:events', 'layer:model', 'layer:component', 'layer:runtime', 'layer:frontend'] },
            { sourceTag: 'layer:tool', onlyDependOnLibsWithTags: ['layer:events', 'layer:model', 'layer:component', 'layer:runtime', 'layer:frontend'] },
          ],
        },
      ],
    },
  },
);
