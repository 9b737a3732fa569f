import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
  tone: 'info' | 'error';
}

interface ToastState {
  toasts: Toast[];
  show: (message: string, options?: { action?: Toast['action']; tone?: Toast['tone']; timeoutMs?: number }) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Short messages at the bottom of the window ("Problem deleted — Undo"), announced to screen readers. */
export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (message, options = {}) => {
    const id = nextId++;
    const toast: Toast = { id, message, tone: options.tone ?? 'info', ...(options.action ? { action: options.action } : {}) };
    set((s) => ({ toasts: [...s.toasts.slice(-3), toast] }));
    const timeout = options.timeoutMs ?? (options.action ? 10_000 : 5_000);
    setTimeout(() => get().dismiss(id), timeout);
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));
