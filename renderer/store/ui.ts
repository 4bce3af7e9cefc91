// Window-level view state that the host's menu commands can change too: panels shown, export running.
import { create } from 'zustand';

export interface UiState {
  exporting: 'pdf' | 'docx' | null;
  showChecks: boolean;
  showPreview: boolean;
}

export const useUi = create<UiState>()(() => ({ exporting: null, showChecks: true, showPreview: true }));
