// In-process publish/subscribe for committed domain events: the SSE stream (live pop-ups,
// board refresh) listens here. Events are published only after their transaction commits.
export interface DomainEvent {
  type: string;
  at: string;
  leadId?: string;
  /** The rep the event concerns (owner of the lead); SSE delivers it to them and their managers. */
  ownerId?: string | null;
  teamId?: string | null;
  data: Record<string, unknown>;
}

type Listener = (e: DomainEvent) => void;

export class EventBus {
  private readonly listeners = new Set<Listener>();

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  publish(e: DomainEvent): void {
    for (const fn of this.listeners) {
      try {
        fn(e);
      } catch {
        /* a broken subscriber must not break the publisher */
      }
    }
  }

  get size() {
    return this.listeners.size;
  }
}
