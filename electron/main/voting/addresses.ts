import type { NetworkInterfaceInfo } from 'node:os';

/** The private ranges a meeting room's Wi-Fi hands out, most likely first; link-local (169.254.x.x) last. */
function rank(address: string): number {
  if (address.startsWith('192.168.')) return 0;
  if (address.startsWith('10.')) return 1;
  if (/^172\.(1[6-9]|2\d|3[01])\./.test(address)) return 2;
  if (address.startsWith('169.254.')) return 4;
  return 3;
}

/** This computer's IPv4 addresses that other devices can reach (not loopback), the likeliest first, without repeats. */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  const found = new Set<string>();
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      if (info.family === 'IPv4' && !info.internal && !info.address.startsWith('127.')) found.add(info.address);
    }
  }
  return [...found].sort((a, b) => rank(a) - rank(b));
}

/** The address a device opens: the server's first LAN address (or this computer only, when there is no network), the code in the fragment. */
export function votingUrl(addresses: readonly string[], port: number, code: string): string {
  return `http://${addresses[0] ?? '127.0.0.1'}:${port}/#${code}`;
}
