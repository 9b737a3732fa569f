import { create } from 'zustand';

interface UiState {
  aboutOpen: boolean;
  setAboutOpen: (open: boolean) => void;
  /** Set by the File menu's "New workspace"; the workspaces page opens its dialog and clears it. */
  newWorkspaceRequested: boolean;
  requestNewWorkspace: (requested: boolean) => void;
}

export const useUi = create<UiState>()((set) => ({
  aboutOpen: false,
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  newWorkspaceRequested: false,
  requestNewWorkspace: (newWorkspaceRequested) => set({ newWorkspaceRequested }),
}));
