import type { FuseV1Config, FuseV1Options } from '@electron/fuses';

export declare const FUSE_SETTINGS: Readonly<Record<FuseV1Options, boolean>>;
export declare function fuseConfig(platform: string): FuseV1Config;
export declare function electronExecutablePath(options: {
  appOutDir: string;
  platform: string;
  productFilename: string;
  executableName: string;
}): string;
