import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { resolveConfig as resolveElectronViteConfig } from 'electron-vite';
import { resolveConfig as resolveViteConfig } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORKSPACE_FILE_EXTENSION } from '@shared/ipc';
import afterPack from '../../../build/afterPack.mjs';
import { electronExecutablePath, fuseConfig, FUSE_SETTINGS } from '../../../build/fuses.mjs';
import { APP_ID, PRODUCT_NAME } from '../../../electron/main/constants';

const root = path.resolve(import.meta.dirname, '../../..');
// electron-builder's own YAML parser and config validator (installed with electron-builder).
const require = createRequire(import.meta.url);
const { load } = require('js-yaml') as { load(text: string): unknown };
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 49;
const DISABLE = 48;

describe('fuse configuration', () => {
  it('turns off every way to run other code and turns on the protections', () => {
    const config = fuseConfig('linux');
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('sets every fuse @electron/fuses knows explicitly (nothing left to the default)', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    expect(Object.keys(FUSE_SETTINGS).map(Number).sort()).toEqual([...known].sort());
  });

  it('resets the ad-hoc signature on macOS only', () => {
    expect(fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('win32').resetAdHocDarwinSignature).toBe(false);
  });

  it('finds the Electron executable on each platform', () => {
    const base = { appOutDir: '/out', productFilename: 'Lastmile', executableName: 'lastmile' };
    expect(electronExecutablePath({ ...base, platform: 'linux' })).toBe('/out/lastmile');
    expect(electronExecutablePath({ ...base, platform: 'win32' })).toBe('/out/Lastmile.exe');
    expect(electronExecutablePath({ ...base, platform: 'darwin' })).toBe('/out/Lastmile.app');
    expect(() => electronExecutablePath({ ...base, platform: 'aix' })).toThrow('Unknown platform');
  });
});

describe('afterPack hook on a stand-in Electron binary', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lastmile-fuses-'));
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  /** Bytes laid out like Electron's fuse wire: sentinel, version 1, length, one state byte per fuse. */
  const fakeBinary = (wire: number[]): string => {
    const file = path.join(dir, 'lastmile');
    writeFileSync(file, Buffer.concat([Buffer.from('ELF…code…'), Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire]), Buffer.from('…more code')]));
    return file;
  };
  const context = { appOutDir: '', electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Lastmile' }, executableName: 'lastmile' } };

  it('flips the fuses in the packed binary and verifies them, leaving newer unknown fuses alone', async () => {
    const file = fakeBinary(Array<number>(9).fill(ENABLE));
    await afterPack({ ...context, appOutDir: dir });
    const bytes = readFileSync(file);
    const start = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
    const states = [...bytes.subarray(start, start + 9)];
    expect(states).toEqual([DISABLE, ENABLE, DISABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, ENABLE]);
  });

  it('stops the build when the binary has fewer fuses than we must set', async () => {
    fakeBinary(Array<number>(6).fill(ENABLE));
    await expect(afterPack({ ...context, appOutDir: dir })).rejects.toThrow('not long enough');
  });
});

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  afterPack: string;
  asar: boolean;
  fileAssociations: { ext: string; mimeType: string }[];
  linux: { target: string[]; icon: string };
  mac: { target: string; icon: string };
  win: { target: string; icon: string };
}

describe('electron-builder.yml', () => {
  const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

  it("is valid for electron-builder's own schema", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  }, 60_000);

  it('uses the same product name and app id as the main process (userData and data stay put)', () => {
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(config.appId).toBe(APP_ID);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { productName: string; main: string; dependencies?: object };
    expect(pkg.productName).toBe(PRODUCT_NAME);
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('packs only the build output into app.asar: no node_modules (package.json has no dependencies)', () => {
    expect(config.asar).toBe(true);
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual(['out/**/*', 'package.json']);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
  });

  it('builds AppImage + deb, dmg and nsis with the icon, and associates .lastmile files', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: WORKSPACE_FILE_EXTENSION, mimeType: 'application/x-lastmile' })]);
    const png = readFileSync(path.join(root, config.mac.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(readFileSync(path.join(root, config.linux.icon, '256x256.png')).readUInt32BE(16)).toBe(256);
  });

  it('flips fuses in its afterPack hook', () => {
    expect(config.afterPack).toBe('./build/afterPack.mjs');
  });
});

describe('desktop renderer build (electron.vite.config.ts)', () => {
  it('ships the renderer minified like the browser host, into the same folder', async () => {
    // electron-vite's renderer preset sets minify: false; resolve both configs the way each build does.
    const { config } = await resolveElectronViteConfig({ configFile: path.join(root, 'electron.vite.config.ts'), logLevel: 'silent' }, 'build', 'production');
    if (!config?.renderer) throw new Error('electron.vite.config.ts has no renderer config');
    const desktop = await resolveViteConfig({ ...config.renderer, configFile: false, logLevel: 'silent' }, 'build', 'production');
    const browser = await resolveViteConfig({ configFile: path.join(root, 'vite.renderer.config.ts'), logLevel: 'silent' }, 'build', 'production');
    expect(browser.build.minify).toBe('oxc');
    expect(desktop.build.minify).toBe(browser.build.minify);
    expect(desktop.build.cssMinify).toBe(browser.build.cssMinify);
    expect(desktop.build.outDir).toBe(browser.build.outDir);
  }, 60_000);
});

describe('packing with electron-builder and a stand-in Electron distribution (offline)', () => {
  let project: string;
  beforeEach(() => {
    project = mkdtempSync(path.join(tmpdir(), 'lastmile-pack-'));
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
  });
  afterEach(() => {
    rmSync(project, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('packs only out/ and package.json into app.asar and flips the fuses in the packed binary', async () => {
    // A project like ours: built output, sources and other files that must not be shipped.
    for (const file of ['package.json', 'electron-builder.yml']) cpSync(path.join(root, file), path.join(project, file));
    for (const folder of ['build', 'assets']) cpSync(path.join(root, folder), path.join(project, folder), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    const files: Record<string, string> = {
      'out/main/index.js': 'export {};',
      'out/main/index.js.map': '{}',
      'out/preload/index.cjs': 'module.exports = {};',
      'out/renderer/index.html': '<!doctype html>',
      'electron/main/index.ts': 'source',
      'notes/secret.txt': 'not for shipping',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), text);
    }
    // The unpacked Electron electron-builder would download: a binary with a fuse wire, all fuses on.
    const dist = path.join(project, 'electron-dist');
    mkdirSync(path.join(dist, 'locales'), { recursive: true });
    writeFileSync(path.join(dist, 'electron'), Buffer.concat([Buffer.from('ELF'), Buffer.from(SENTINEL), Buffer.from([1, 8, ...Array<number>(8).fill(ENABLE)])]));
    for (const file of ['version', 'LICENSE', 'locales/en-US.pak', 'locales/de.pak']) writeFileSync(path.join(dist, file), '45.4.1');

    const { build, Platform } = require('electron-builder') as {
      build(options: { projectDir: string; targets: unknown; config: object }): Promise<string[]>;
      Platform: { LINUX: { createTarget(type: string): unknown } };
    };
    const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig & object;
    await build({
      projectDir: project,
      targets: Platform.LINUX.createTarget('dir'),
      config: { ...config, electronDist: dist, directories: { output: path.join(project, 'release'), buildResources: 'build' }, afterPack: path.join(project, 'build/afterPack.mjs') },
    });

    const unpacked = path.join(project, 'release', 'linux-unpacked');
    const asar = require('@electron/asar') as { listPackage(archive: string, options: object): string[] };
    const packed = asar.listPackage(path.join(unpacked, 'resources', 'app.asar'), {}).map((p) => p.replace(/\\/g, '/')).sort();
    expect(packed).toEqual(['/out', '/out/main', '/out/main/index.js', '/out/preload', '/out/preload/index.cjs', '/out/renderer', '/out/renderer/index.html', '/package.json']);
    const binary = readFileSync(path.join(unpacked, 'lastmile'));
    const start = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect([...binary.subarray(start, start + 8)]).toEqual([DISABLE, ENABLE, DISABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE]);
    expect(readFileSync(path.join(unpacked, 'locales', 'en-US.pak'), 'utf8')).toBe('45.4.1');
    expect(() => readFileSync(path.join(unpacked, 'locales', 'de.pak'))).toThrow();
  }, 180_000);
});
