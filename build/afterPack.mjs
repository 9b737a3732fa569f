/* global console */
// electron-builder afterPack hook: flips the Electron fuses in the packed app before it is signed and
// wrapped into AppImage/deb/dmg/nsis, then reads them back and stops the build if any did not stick.
import { flipFuses, getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { FUSE_SETTINGS, electronExecutablePath, fuseConfig } from './fuses.mjs';

const FUSE_ENABLE = 49; // FuseState.ENABLE ('1'); FuseState.DISABLE is 48 ('0').

export default async function afterPack(context) {
  const platform = context.electronPlatformName;
  const executable = electronExecutablePath({
    appOutDir: context.appOutDir,
    platform,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName,
  });
  await flipFuses(executable, fuseConfig(platform));
  const wire = await getCurrentFuseWire(executable);
  for (const [index, wanted] of Object.entries(FUSE_SETTINGS)) {
    const actual = wire[index] === FUSE_ENABLE;
    if (actual !== wanted) {
      throw new Error(`Fuse ${FuseV1Options[index]} is ${actual ? 'on' : 'off'} in ${executable}, expected ${wanted ? 'on' : 'off'}`);
    }
  }
  console.info(`Fuses flipped and verified in ${executable}`);
}
