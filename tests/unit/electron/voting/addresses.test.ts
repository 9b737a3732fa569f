import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { lanAddresses, votingUrl } from '../../../../electron/main/voting/addresses';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '', cidr: null });

describe('the addresses a device can open', () => {
  it('are the IPv4 addresses of the network interfaces, meeting-room ranges first, link-local last, no loopback or IPv6', () => {
    const found = lanAddresses({
      lo: [v4('127.0.0.1', true)],
      eth0: [v4('169.254.10.2'), { ...v4('fe80::1'), family: 'IPv6', scopeid: 1 }],
      tun0: [v4('100.64.0.7')],
      docker0: [v4('172.17.0.1')],
      wlan0: [v4('10.0.0.5'), v4('192.168.0.42')],
      dup: [v4('192.168.0.42')],
    });
    expect(found).toEqual(['192.168.0.42', '10.0.0.5', '172.17.0.1', '100.64.0.7', '169.254.10.2']);
  });

  it('put the code in the link\'s fragment (never in a request line), on this computer only when there is no network', () => {
    expect(votingUrl(['192.168.0.42'], 51234, 'ACD347')).toBe('http://192.168.0.42:51234/#ACD347');
    expect(votingUrl([], 51234, 'ACD347')).toBe('http://127.0.0.1:51234/#ACD347');
  });
});
