/**
 * LibreOffice headless as an independent spreadsheet: recalculates exported workbooks on load and saves them again,
 * so a test can compare every formula cell with the app. Recalculation on load is forced by the profile setting
 * org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode = 0 (its default keeps the cached values), written into a
 * throw-away user profile; the cached values are also stripped from the input, so nothing can pass unrecalculated.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';

/** The soffice binary, or null when LibreOffice is not installed. */
export function sofficePath(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = found.stdout.trim().split('\n')[0] ?? '';
  return found.status === 0 && path ? path : null;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The workbook with every formula's cached value removed (a spreadsheet that does not recalculate shows nothing). */
export async function withoutCachedValues(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1'));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Opens each workbook in LibreOffice (recalculating everything) and returns the saved .xlsx bytes, by name. */
export async function recalculateWithLibreOffice(soffice: string, workbooks: Record<string, Uint8Array>): Promise<Record<string, Uint8Array>> {
  const dir = mkdtempSync(join(tmpdir(), 'lastmile-lo-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    const input = join(dir, 'in');
    const output = join(dir, 'out');
    mkdirSync(input);
    mkdirSync(output);
    const names = Object.keys(workbooks);
    for (const name of names) writeFileSync(join(input, `${name}.xlsx`), await withoutCachedValues(workbooks[name] as Uint8Array));
    execFileSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nologo', '--convert-to', 'xlsx', '--outdir', output, ...names.map((n) => join(input, `${n}.xlsx`))],
      { stdio: 'pipe', timeout: 180_000 },
    );
    return Object.fromEntries(names.map((n) => [n, new Uint8Array(readFileSync(join(output, `${n}.xlsx`)))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
