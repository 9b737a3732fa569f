import type { NumberFormat } from '@shared/presentation';
import { longDate } from '@renderer/features/boardPack/packFormat';

/** A session's day ("YYYY-MM-DD") as the board pack's session record writes it ("29 November 2026"), in the workspace's format. */
export function sessionDay(date: string, format: NumberFormat): string {
  const d = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : longDate(d, format);
}
