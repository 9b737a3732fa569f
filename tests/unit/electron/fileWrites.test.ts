import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/main/files/atomicWrite';
import { createFileService } from '../../../electron/main/files/fileService';
import { assertPathAllowed, createPathGrants, isPathAllowed, realPathOf } from '../../../electron/main/files/pathPolicy';
import { readTextFileSync, writeTextFileSync } from '../../../electron/main/files/smallFiles';

/** Permission bits and symbolic links as POSIX systems have them (Windows keeps only a read-only flag). */
const posix = process.platform !== 'win32';

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'lastmile-writes-')));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const modeOf = (file: string): number => statSync(file).mode & 0o7777;

describe.runIf(posix)('saving over an existing file keeps what the user had', () => {
  it('keeps private permissions: a 0600 file stays 0600', async () => {
    const target = path.join(dir, 'board.lastmile');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    await writeFileAtomic(fsp, target, 'new', { tempSuffix: 't' });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(modeOf(target)).toBe(0o600);
  });

  it('keeps wider and read-only permissions too (0664, 0444)', async () => {
    const shared = path.join(dir, 'shared.lastmile');
    writeFileSync(shared, 'old');
    chmodSync(shared, 0o664);
    await writeFileAtomic(fsp, shared, 'new', { tempSuffix: 't' });
    expect(modeOf(shared)).toBe(0o664);
    const readOnly = path.join(dir, 'frozen.lastmile');
    writeFileSync(readOnly, 'old');
    chmodSync(readOnly, 0o444);
    await writeFileAtomic(fsp, readOnly, 'new', { tempSuffix: 't' });
    expect(readFileSync(readOnly, 'utf8')).toBe('new');
    expect(modeOf(readOnly)).toBe(0o444);
  });

  it('keeps the owner and group', async () => {
    const target = path.join(dir, 'owned.lastmile');
    writeFileSync(target, 'old');
    const before = statSync(target);
    await writeFileAtomic(fsp, target, 'new', { tempSuffix: 't' });
    const after = statSync(target);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
  });

  it('a new file gets the mode asked for (backups: 0600)', async () => {
    const target = path.join(dir, 'new.json');
    await writeFileAtomic(fsp, target, 'x', { tempSuffix: 't', mode: 0o600 });
    expect(modeOf(target)).toBe(0o600);
  });

  it('a symbolic link stays a link and the file it points to gets the new content', async () => {
    mkdirSync(path.join(dir, 'real'));
    const realFile = path.join(dir, 'real', 'plan.lastmile');
    writeFileSync(realFile, 'old');
    chmodSync(realFile, 0o640);
    const link = path.join(dir, 'plan-link.lastmile');
    symlinkSync(path.join('real', 'plan.lastmile'), link);
    await writeFileAtomic(fsp, link, 'new', { tempSuffix: 't' });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(path.join('real', 'plan.lastmile'));
    expect(readFileSync(realFile, 'utf8')).toBe('new');
    expect(modeOf(realFile)).toBe(0o640);
    // The temp file was made beside the real file (same folder, so the rename is atomic) and is gone.
    expect(readdirSync(path.join(dir, 'real'))).toEqual(['plan.lastmile']);
    expect(readdirSync(dir).sort()).toEqual(['plan-link.lastmile', 'real']);
  });

  it('a chain of links, and a link whose file does not exist yet, are written through', async () => {
    const realFile = path.join(dir, 'deck.pptx');
    writeFileSync(realFile, 'old');
    symlinkSync(realFile, path.join(dir, 'one'));
    symlinkSync(path.join(dir, 'one'), path.join(dir, 'two'));
    await writeFileAtomic(fsp, path.join(dir, 'two'), 'new', { tempSuffix: 't' });
    expect(readFileSync(realFile, 'utf8')).toBe('new');
    expect(lstatSync(path.join(dir, 'two')).isSymbolicLink()).toBe(true);

    const dangling = path.join(dir, 'later');
    symlinkSync('later-target.pdf', dangling);
    await writeFileAtomic(fsp, dangling, 'made', { tempSuffix: 't' });
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'later-target.pdf'), 'utf8')).toBe('made');
  });

  it('a link loop is refused in plain words and nothing is written', async () => {
    symlinkSync(path.join(dir, 'b'), path.join(dir, 'a'));
    symlinkSync(path.join(dir, 'a'), path.join(dir, 'b'));
    await expect(writeFileAtomic(fsp, path.join(dir, 'a'), 'x', { tempSuffix: 't', action: 'save a' })).rejects.toThrow(/^Could not save a: the shortcut/);
    expect(readdirSync(dir).sort()).toEqual(['a', 'b']);
  });

  it('a folder in the way is named as such', async () => {
    mkdirSync(path.join(dir, 'plan.lastmile'));
    await expect(writeFileAtomic(fsp, path.join(dir, 'plan.lastmile'), 'x', { tempSuffix: 't', action: 'save it' })).rejects.toThrow(
      'Could not save it: there is a folder of that name.',
    );
  });

  it('the file service writes through a granted link too', async () => {
    const realFile = path.join(dir, 'real.lastmile');
    writeFileSync(realFile, 'old');
    chmodSync(realFile, 0o600);
    const link = path.join(dir, 'link.lastmile');
    symlinkSync(realFile, link);
    const grants = createPathGrants(path);
    grants.grant(link);
    const files = createFileService({ fs: fsp, policy: { grants, appFolders: [], path }, tempSuffix: () => 't' });
    await files.write(link, 'new');
    expect(readFileSync(realFile, 'utf8')).toBe('new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(modeOf(realFile)).toBe(0o600);
  });
});

describe.runIf(posix)('the path policy looks at where a path really leads', () => {
  let appFolder: string;
  let outside: string;
  beforeEach(() => {
    appFolder = path.join(dir, 'userData');
    outside = path.join(dir, 'elsewhere');
    mkdirSync(path.join(appFolder, 'backups'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.txt'), 'private');
  });
  const policyWith = (grants = createPathGrants(path)) => ({ grants, appFolders: [appFolder], path });

  it('refuses a link inside an allowed folder that points outside it, in plain words', async () => {
    symlinkSync(path.join(outside, 'secret.txt'), path.join(appFolder, 'backups', 'innocent.json'));
    const policy = policyWith();
    const target = path.join(appFolder, 'backups', 'innocent.json');
    expect(isPathAllowed(target, policy)).toBe(false);
    expect(() => assertPathAllowed(target, policy)).toThrow(
      `Refused: ${target} leads (through a link) to ${path.join(outside, 'secret.txt')}, which was not chosen in a dialog and is not an app folder`,
    );
    const files = createFileService({ fs: fsp, policy, tempSuffix: () => 't' });
    await expect(files.write(target, 'overwritten')).rejects.toThrow('leads (through a link)');
    await expect(files.read(target, 1000)).rejects.toThrow('Refused');
    expect(readFileSync(path.join(outside, 'secret.txt'), 'utf8')).toBe('private');
  });

  it('refuses a new file under a linked folder that leads outside, and a dangling link that would create one outside', () => {
    symlinkSync(outside, path.join(appFolder, 'escape'));
    symlinkSync(path.join(outside, 'planted.txt'), path.join(appFolder, 'later.json'));
    const policy = policyWith();
    expect(isPathAllowed(path.join(appFolder, 'escape', 'new', 'file.json'), policy)).toBe(false);
    expect(isPathAllowed(path.join(appFolder, 'later.json'), policy)).toBe(false);
    // The system follows the link before "..": escape/.. is the folder that holds "elsewhere", not userData.
    expect(isPathAllowed(`${appFolder}/escape/../backups/x.json`, policy)).toBe(false);
  });

  it('allows real files and new files inside the app folder, and links that stay inside it', () => {
    symlinkSync(path.join(appFolder, 'backups'), path.join(appFolder, 'current'));
    const policy = policyWith();
    expect(isPathAllowed(path.join(appFolder, 'backups', 'new.json'), policy)).toBe(true);
    expect(isPathAllowed(path.join(appFolder, 'not-yet', 'deeper', 'x.json'), policy)).toBe(true);
    expect(isPathAllowed(path.join(appFolder, 'current', 'x.json'), policy)).toBe(true);
  });

  it('an app folder reached through a link of its own still counts (e.g. /var → /private/var)', () => {
    const linkedAppFolder = path.join(dir, 'userData-link');
    symlinkSync(appFolder, linkedAppFolder);
    const policy = { grants: createPathGrants(path), appFolders: [linkedAppFolder], path };
    expect(isPathAllowed(path.join(appFolder, 'backups', 'x.json'), policy)).toBe(true);
    expect(isPathAllowed(path.join(linkedAppFolder, 'backups', 'x.json'), policy)).toBe(true);
  });

  it('a granted path stays granted by where it leads: swapping it for a link elsewhere is refused', () => {
    const chosen = path.join(dir, 'chosen.lastmile');
    writeFileSync(chosen, 'mine');
    const grants = createPathGrants(path);
    grants.grant(chosen);
    const policy = policyWith(grants);
    expect(isPathAllowed(chosen, policy)).toBe(true);
    rmSync(chosen);
    symlinkSync(path.join(outside, 'secret.txt'), chosen);
    expect(isPathAllowed(chosen, policy)).toBe(false);
  });

  it('resolves real paths of new files from their nearest existing folder', () => {
    symlinkSync(outside, path.join(dir, 'out'));
    expect(realPathOf(path.join(dir, 'out', 'a', 'b.json'))).toBe(path.join(outside, 'a', 'b.json'));
    expect(realPathOf(`${dir}/missing/..`)).toBeNull();
    symlinkSync(path.join(dir, 'loop2'), path.join(dir, 'loop1'));
    symlinkSync(path.join(dir, 'loop1'), path.join(dir, 'loop2'));
    expect(realPathOf(path.join(dir, 'loop1'))).toBeNull();
  });
});

describe.runIf(posix)('settings files (window state, recent files)', () => {
  it('are private when new, keep the permissions a user gave them, and leave no temp file', () => {
    const file = path.join(dir, 'recent-files.json');
    writeTextFileSync(file, '["/a.lastmile"]');
    expect(readTextFileSync(file)).toBe('["/a.lastmile"]');
    expect(modeOf(file)).toBe(0o600);
    chmodSync(file, 0o640);
    writeTextFileSync(file, '[]');
    expect(readTextFileSync(file)).toBe('[]');
    expect(modeOf(file)).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['recent-files.json']);
  });

  it('keep a symbolic link in place and write the file it leads to', () => {
    mkdirSync(path.join(dir, 'dotfiles'));
    const real = path.join(dir, 'dotfiles', 'window-state.json');
    writeFileSync(real, '{}');
    const link = path.join(dir, 'window-state.json');
    symlinkSync(real, link);
    writeTextFileSync(link, '{"width":1200}');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('{"width":1200}');
  });
});
