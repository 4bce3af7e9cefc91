// Host → renderer events. Electron forwards them to the window's webContents; the web host queues them
// for its long-polling clients.
import type { HostEvent } from '../../shared/api/events';

export class EventBus {
  private readonly listeners = new Set<(event: HostEvent) => void>();

  on(listener: (event: HostEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: HostEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
