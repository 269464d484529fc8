/**
 * The floors (STYLE §3.2, docs/architecture.md) on resolved paths, relative imports included:
 * contract and lib import nothing else of ours; shared → api → features → app; features never
 * import one another; proxy and emulator see only contract, lib and shared/node. No cycles.
 * Tests may reach across floors to set up what they test.
 */
const notTests = '\\.test\\.tsx?$';
const floor = (name, from, to) => ({
  name,
  severity: 'error',
  from: { path: from, pathNot: notTests },
  to: { path: to },
});

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      from: {},
      // A type-only import is erased at build time and cannot make a load-order cycle.
      to: {
        circular: true,
        dependencyTypesNot: ['type-only'],
        viaOnly: { dependencyTypesNot: ['type-only'] },
      },
    },
    floor(
      'isomorphic-shared',
      '^src/shared/(contract|lib)/',
      '^src/(api|features|app|proxy|emulator|cli|shared/ui|shared/node)/',
    ),
    floor(
      'shared-ui',
      '^src/shared/ui/',
      '^src/(api|features|app|proxy|emulator|cli|shared/node)/',
    ),
    floor(
      'shared-node',
      '^src/shared/node/',
      '^src/(api|features|app|proxy|emulator|cli|shared/ui)/',
    ),
    floor('api', '^src/api/', '^src/(features|app|proxy|emulator|cli|shared/ui|shared/node)/'),
    floor('features', '^src/features/', '^src/(app|proxy|emulator|cli|shared/node)/'),
    {
      name: 'features-apart',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/', pathNot: notTests },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    floor('app', '^src/app/', '^src/(proxy|emulator|cli|shared/node)/'),
    floor('proxy', '^src/proxy/', '^src/(api|features|app|emulator|cli|shared/ui)/'),
    floor('emulator', '^src/emulator/', '^src/(api|features|app|proxy|cli|shared/ui)/'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|dist-kit)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
