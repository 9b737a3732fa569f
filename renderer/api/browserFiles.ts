import { isGzip } from '@shared/export/compression';
import { megabytes } from '@shared/export/fileLimits';
import type { FileFilter, OpenFileResult } from '@shared/ipc';

/** Browser-host file access: downloads for saving, a hidden file input for opening. */

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  lastmile: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export function mimeTypeForName(fileName: string): string {
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return MIME_BY_EXTENSION[ext] ?? 'application/octet-stream';
}

/** The `accept` attribute for a file input: `.lastmile,.json`. */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  return [...new Set(filters.flatMap((f) => f.extensions.map((e) => `.${e.toLowerCase()}`)))].join(',');
}

/** The download's type: by the file name, except that a compressed workspace file is gzip, not JSON. */
export function mimeTypeFor(fileName: string, data: Uint8Array | string): string {
  return typeof data !== 'string' && isGzip(data) ? 'application/gzip' : mimeTypeForName(fileName);
}

/** Hands the data to the browser as a download named `fileName`. */
export function downloadFile(doc: Document, fileName: string, data: Uint8Array<ArrayBuffer> | string): void {
  const blob = new Blob([data], { type: mimeTypeFor(fileName, data) });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Shows the browser's file picker (call it from a click handler: browsers require a user gesture)
 * and reads the chosen file. Resolves `{ cancelled: true }` when the picker is dismissed.
 */
export function pickFile(doc: Document, filters: readonly FileFilter[], maxBytes: number): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.style.display = 'none';
    const done = (): void => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve({ cancelled: true });
    });
    input.addEventListener('change', () => {
      done();
      const file = input.files?.[0];
      if (file === undefined) {
        resolve({ cancelled: true });
        return;
      }
      if (file.size > maxBytes) {
        reject(new Error(`The file is ${megabytes(file.size)}, more than the ${megabytes(maxBytes)} this import accepts`));
        return;
      }
      file.arrayBuffer().then(
        (buffer) => resolve({ cancelled: false, name: file.name, data: new Uint8Array(buffer) }),
        () => reject(new Error(`Could not read ${file.name}`)),
      );
    });
    doc.body.append(input);
    input.click();
  });
}
