import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Electron fuses flipped in the packaged binary (see afterPack.mjs). Each one turns off a way to make
 * the signed app run code that is not ours, or turns on a protection:
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node.js.
 * - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS cannot inject --require.
 * - EnableNodeCliInspectArguments off: --inspect cannot attach a debugger to main.
 * - EnableCookieEncryption on: the cookie store is encrypted with the OS keychain.
 * - OnlyLoadAppFromAsar on + EnableEmbeddedAsarIntegrityValidation on: only our app.asar, unmodified
 *   (integrity is checked on macOS and Windows; Linux has no integrity check yet).
 * - GrantFileProtocolExtraPrivileges off: file:// gets no extra powers (we serve app:// anyway).
 * - LoadBrowserProcessSpecificV8Snapshot off: the default snapshot (explicit, so nothing is left unset).
 */
export const FUSE_SETTINGS = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The config passed to flipFuses; on macOS the ad-hoc signature is reset (flipping changes the binary). */
export function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: platform === 'darwin',
    ...FUSE_SETTINGS,
  };
}

/** Where electron-builder put the Electron executable for this platform (what flipFuses patches). */
export function electronExecutablePath({ appOutDir, platform, productFilename, executableName }) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return `${appOutDir}/${productFilename}.app`;
    case 'win32':
      return `${appOutDir}/${productFilename}.exe`;
    case 'linux':
      return `${appOutDir}/${executableName}`;
    default:
      throw new Error(`Unknown platform ${platform}: cannot flip fuses`);
  }
}
