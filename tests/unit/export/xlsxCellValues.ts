/**
 * The formula cells of an .xlsx file with their cached values, read from the XML itself: exceljs loses some cached
 * results on reading (a result of 0, text in a date-formatted cell), and a test of cached values must not.
 */
import JSZip from 'jszip';
import type { Scalar } from './formulaEvaluator';

export interface CachedFormulaCell {
  sheet: string;
  ref: string;
  /** The formula text (empty for a shared-formula follower, whose text lives in another cell). */
  formula: string;
  value: Scalar;
}

const decode = (s: string): string =>
  s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name.toLowerCase()] ?? '',
  );

/** Every formula cell by 'Sheet!A1'. */
export async function cachedFormulaCells(bytes: Uint8Array): Promise<Map<string, CachedFormulaCell>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])?.[1], /Target="([^"]+)"/.exec(m[0])?.[1]]));
  const out = new Map<string, CachedFormulaCell>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decode(/name="([^"]*)"/.exec(m[0])?.[1] ?? '');
    const target = (targets.get(/r:id="([^"]+)"/.exec(m[0])?.[1]) ?? '').replace(/^\/?(xl\/)?/, '');
    const xml = await zip.file(`xl/${target}`)!.async('string');
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const body = c[2] ?? '';
      const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
      if (!f) continue;
      const ref = /\br="([^"]+)"/.exec(c[1] ?? '')?.[1] ?? '';
      const type = /\bt="([^"]+)"/.exec(c[1] ?? '')?.[1] ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const value: Scalar = v === undefined ? null : type === 'str' ? decode(v) : type === 'e' ? { error: v } : type === 'b' ? v === '1' : Number(v);
      out.set(`${name}!${ref}`, { sheet: name, ref, formula: decode(f[1] ?? ''), value });
    }
  }
  return out;
}
