import { describe, expect, it } from 'vitest';
import { parseHash, routeHash, type Route } from '@renderer/state/router';

describe('router: addresses to pages', () => {
  it('reads every page the app links to, and writes the same address back', () => {
    const routes: Route[] = [
      { page: 'workspaces' },
      { page: 'problems', workspaceId: 'ws-1' },
      { page: 'problem', workspaceId: 'ws-1', problemId: 'p 1/ä' },
      { page: 'useCase', workspaceId: 'ws-1', useCaseId: 'uc-1' },
      { page: 'gate', workspaceId: 'ws-1', useCaseId: 'uc 1/ä' },
      { page: 'portfolio', workspaceId: 'ws-1' },
      { page: 'spend', workspaceId: 'ws-1' },
      { page: 'settings', workspaceId: 'ws-1' },
      { page: 'export', workspaceId: 'ws-1' },
      { page: 'boardPack', workspaceId: 'ws/with%odd chars' },
    ];
    for (const route of routes) expect(parseHash(routeHash(route))).toEqual(route);
    expect(parseHash('')).toEqual({ page: 'home' });
    expect(parseHash('#/')).toEqual({ page: 'home' });
    expect(parseHash('#/w/ws-1')).toEqual({ page: 'problems', workspaceId: 'ws-1' });
    expect(parseHash('#/w/ws-1/use-cases')).toEqual({ page: 'problems', workspaceId: 'ws-1' });
  });

  it.each([
    '#/w/%E0%A4%A/problems',
    '#/w/%E0%A4%A/portfolio',
    '#/w/ws-1/problems/%',
    '#/w/ws-1/use-cases/%ZZ',
    '#/w/%C0%AF',
    '#/w/ws-1/use-cases/%ED%A0%80', // a lone surrogate
    '#/%',
  ])('a broken percent escape (%s) is "not found (malformed)", never a thrown error', (hash) => {
    expect(() => parseHash(hash)).not.toThrow();
    expect(parseHash(hash)).toEqual({ page: 'notFound', hash, reason: 'malformed' });
  });

  it.each(['#/nowhere', '#/w', '#/w/ws-1/reports', '#/w/ws-1/portfolio/extra', '#/workspaces/ws-1', '#/w/ws-1/problems/p1/edit', '#/w/ws-1/use-cases/uc-1/edit', '#/w/ws-1/problems/p1/last-mile-decision', '#/w/ws-1/use-cases/uc-1/last-mile-decision/x', '#/w/ws-1/__proto__', '#/w/ws-1/constructor'])(
    'an address that leads to no page (%s) is "not found (unknown)"',
    (hash) => {
      expect(parseHash(hash)).toEqual({ page: 'notFound', hash, reason: 'unknown' });
    },
  );

  it('a "not found" route keeps its address, so going to it again does nothing', () => {
    const route = parseHash('#/w/%E0%A4%A/problems');
    expect(routeHash(route)).toBe('#/w/%E0%A4%A/problems');
  });
});
