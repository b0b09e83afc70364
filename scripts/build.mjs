// One bundle per process: the extension host (client), the language server, the CLI,
// plus the in-editor test suite. CommonJS because VS Code 1.100 loads extensions with require().
import { build } from 'esbuild';
import { common } from './esbuild-options.mjs';

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['test/suite/index.ts'], outfile: 'dist/test/suite/index.js', external: ['vscode', 'mocha'] },
];

const fs = await import('node:fs');
await Promise.all(
  bundles
    .filter((b) => fs.existsSync(b.entryPoints[0]))
    .map((b) => build({ ...common, ...b })),
);
// Fonts travel with the bundles: export must work with no system fonts (Arabic included).
const amiri = 'node_modules/@expo-google-fonts/amiri';
fs.mkdirSync('dist/fonts', { recursive: true });
for (const style of ['400Regular', '400Regular_Italic', '700Bold', '700Bold_Italic']) {
  fs.copyFileSync(`${amiri}/${style}/Amiri_${style}.ttf`, `dist/fonts/Amiri_${style}.ttf`);
}
fs.copyFileSync(`${amiri}/LICENSE_FONT`, 'dist/fonts/OFL-Amiri.txt');
