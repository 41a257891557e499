// Lays out the npm packages of a release the way napi-rs publishes them (scripts/package.sh,
// once per target):
//   node scripts/npm-packages.cjs <staged main package dir> <platform dir> <triple> <addon.node> <emulator>
// - the platform package @cloudpirates/sdk-<triple> (os/cpu/libc) holds the addon and the
//   emulator binary that @cloudpirates/sdk/testing runs;
// - the main package lists every napi target's platform package in optionalDependencies (npm
//   installs only the one matching the machine) and holds no binary.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const [mainDir, platDir, triple, addon, emulator] = process.argv.slice(2);
if (!emulator) throw new Error('usage: npm-packages.cjs MAIN_DIR PLATFORM_DIR TRIPLE ADDON EMULATOR');
const root = path.resolve(__dirname, '..');
const pkgPath = path.join(mainDir, 'package.json');
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
const scope = pkg.name; // @cloudpirates/sdk

// napi-rs's names: rust target triple -> platform-arch[-abi]
function napiTriple(t) {
  const [arch, , os, abi] = t.split('-');
  const a = { x86_64: 'x64', aarch64: 'arm64', i686: 'ia32', armv7: 'arm' }[arch] ?? arch;
  const o = { linux: 'linux', apple: 'darwin', pc: 'win32' }[t.split('-')[1]] ?? os;
  if (o === 'darwin') return { platform: 'darwin', arch: a, abi: undefined };
  if (o === 'win32') return { platform: 'win32', arch: a, abi: abi ?? 'msvc' };
  return { platform: 'linux', arch: a, abi: abi ?? 'gnu' };
}
const name = (t) => [t.platform, t.arch, t.abi].filter(Boolean).join('-');
const targets = pkg.napi.targets.map(napiTriple);
const here = napiTriple(triple);
if (!targets.some((t) => name(t) === name(here))) {
  // the main package's optionalDependencies come from napi.targets: a platform package missing
  // there is never installed by `npm install @cloudpirates/sdk`
  console.warn(
    `npm-packages: warning: ${triple} is not in napi.targets of bindings/node/package.json, so ` +
      `${scope}-${name(here)} is not among the main package's optionalDependencies`,
  );
}

// the main package
pkg.type = 'commonjs'; // dist/*.js are CommonJS; the ES-module views are .mjs
pkg.repository = { ...pkg.repository, url: 'git+https://github.com/cloudpirates/cloudpirates-sdk.git' };
pkg.optionalDependencies = Object.fromEntries(targets.map((t) => [`${scope}-${name(t)}`, pkg.version]));
pkg.files = pkg.files.filter((f) => !f.endsWith('.node'));
delete pkg.devDependencies;
delete pkg.scripts;
pkg.homepage = 'https://github.com/cloudpirates/cloudpirates-sdk/tree/main/bindings/node#readme';
pkg.bugs = { url: 'https://github.com/cloudpirates/cloudpirates-sdk/issues' };
fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');

// the platform package
fs.rmSync(platDir, { recursive: true, force: true });
fs.mkdirSync(platDir, { recursive: true });
const nodeFile = `${pkg.napi.binaryName}.${name(here)}.node`;
const exe = here.platform === 'win32' ? 'cloudpirates-emulator.exe' : 'cloudpirates-emulator';
fs.copyFileSync(addon, path.join(platDir, nodeFile));
fs.copyFileSync(emulator, path.join(platDir, exe));
fs.chmodSync(path.join(platDir, exe), 0o755);
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(platDir, 'LICENSE'));
const plat = {
  name: `${scope}-${name(here)}`,
  version: pkg.version,
  description: `The native addon of ${scope} and the CloudPirates emulator, for ${name(here)}`,
  license: pkg.license,
  repository: pkg.repository,
  engines: pkg.engines,
  os: [here.platform],
  cpu: [here.arch],
  ...(here.platform === 'linux' ? { libc: [here.abi === 'musl' ? 'musl' : 'glibc'] } : {}),
  type: 'commonjs',
  main: nodeFile,
  files: [nodeFile, exe, 'LICENSE', 'README.md'],
};
fs.writeFileSync(path.join(platDir, 'package.json'), JSON.stringify(plat, null, 2) + '\n');
fs.writeFileSync(
  path.join(platDir, 'README.md'),
  `# ${plat.name}\n\nThe ${name(here)} native addon of [\`${scope}\`](https://www.npmjs.com/package/${scope}), ` +
    `and the \`${exe}\` binary that \`${scope}/testing\` runs. Installed by \`${scope}\` as an ` +
    'optional dependency; do not depend on it directly.\n',
);
console.log(`${pkg.name}: optionalDependencies ${Object.keys(pkg.optionalDependencies).join(', ')}`);
console.log(`${plat.name}: ${nodeFile}, ${exe}`);
