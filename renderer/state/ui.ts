import { create } from 'zustand';

interface UiState {
  /** Presentation mode for the projector: larger type, no editing chrome. */
  presentation: boolean;
  togglePresentation: () => void;
  aboutOpen: boolean;
  setAboutOpen: (open: boolean) => void;
  /** Set by the File menu's "New workspace"; the workspaces page opens its dialog and clears it. */
  newWorkspaceRequested: boolean;
  requestNewWorkspace: (requested: boolean) => void;
}

export const useUi = create<UiState>()((set) => ({
  presentation: false,
  togglePresentation: () => set((s) => ({ presentation: !s.presentation })),
  aboutOpen: false,
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  newWorkspaceRequested: false,
  requestNewWorkspace: (newWorkspaceRequested) => set({ newWorkspaceRequested }),
}));
