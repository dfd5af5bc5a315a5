/** The allowed arrows of docs/ARCHITECTURE.md, checked in CI. */
module.exports = {
  forbidden: [
    { name: 'core-is-pure', severity: 'error', comment: 'core imports nothing but core',
      from: { path: '^src/core' }, to: { path: '^src/(?!core)' } },
    { name: 'core-no-node', severity: 'error', from: { path: '^src/core', pathNot: '\\.test\\.ts$' }, to: { dependencyTypes: ['core'] } },
    { name: 'detection-is-pure', severity: 'error', comment: 'detection imports only core and detection',
      from: { path: '^src/detection' }, to: { path: '^src/(?!core|detection)' } },
    { name: 'detection-no-node', severity: 'error', from: { path: '^src/detection', pathNot: '\\.test\\.ts$' }, to: { dependencyTypes: ['core'] } },
    { name: 'store-arrows', severity: 'error', from: { path: '^src/store' }, to: { path: '^src/(?!core|store)' } },
    { name: 'services-arrows', severity: 'error', from: { path: '^src/services' }, to: { path: '^src/(http|cli|jobs|main)' } },
    { name: 'integrations-arrows', severity: 'error', from: { path: '^src/integrations' }, to: { path: '^src/(http|cli|jobs|services|store)' } },
    { name: 'nobody-imports-http', severity: 'error', from: { path: '^src/(?!http)' , pathNot: '^src/main\\.ts' }, to: { path: '^src/http' } },
    { name: 'nobody-imports-cli', severity: 'error', from: { path: '^src/(?!cli)', pathNot: '^src/main\\.ts$' }, to: { path: '^src/(cli|main\\.ts)' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
