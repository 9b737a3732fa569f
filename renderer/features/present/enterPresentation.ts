import { navigate, parseHash, type Route } from '@renderer/state/router';

/** Where Esc goes back to: the page the presentation was entered from. */
let returnTo: Route | null = null;

/** Opens the presentation of a workspace at its first screen, remembering the page it was entered from. */
export function enterPresentation(workspaceId: string): void {
  const from = parseHash(window.location.hash);
  if (from.page !== 'present' && from.page !== 'presenter') returnTo = from;
  navigate({ page: 'present', workspaceId, slide: 1 });
}

/** Leaves the presentation (and full screen) for the page it was entered from, or the workspace's portfolio. */
export function leavePresentation(workspaceId: string): void {
  if (typeof document !== 'undefined' && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  const back = returnTo && 'workspaceId' in returnTo && returnTo.workspaceId === workspaceId ? returnTo : null;
  returnTo = null;
  navigate(back ?? { page: 'portfolio', workspaceId });
}

/** View → Presentation (F5): enters the presentation, or leaves it when it is on. */
export function togglePresentation(workspaceId: string): void {
  if (parseHash(window.location.hash).page === 'present') leavePresentation(workspaceId);
  else enterPresentation(workspaceId);
}
