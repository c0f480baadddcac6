export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/define/**', 'src/index.ts'],
  outdir: '.',
  litelement: true,
};
