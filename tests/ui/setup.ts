// jsdom lacks a few browser APIs that antd and react-router rely on.
import { TextDecoder, TextEncoder } from 'node:util';

// Media queries are answered for the jsdom window size (1024 × 768 by default): a desktop.
function mediaMatches(query: string): boolean {
  const width = window.innerWidth;
  const min = [...query.matchAll(/min-width:\s*(\d+)px/g)].every((m) => width >= Number(m[1]));
  const max = [...query.matchAll(/max-width:\s*(\d+)px/g)].every((m) => width <= Number(m[1]));
  return min && max;
}

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: mediaMatches(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
if (typeof globalThis.MessageChannel === 'undefined') {
  // A timer-based stand-in (node's own MessageChannel keeps jest from exiting).
  type Port = {
    onmessage: ((e: { data: unknown }) => void) | null;
    postMessage(d: unknown): void;
    close(): void;
  };
  class TimerMessageChannel {
    readonly port1: Port;
    readonly port2: Port;
    constructor() {
      const port = (other: () => Port): Port => ({
        onmessage: null,
        postMessage: (data) => void setTimeout(() => other().onmessage?.({ data }), 0),
        close: () => {},
      });
      this.port1 = port(() => this.port2);
      this.port2 = port(() => this.port1);
    }
  }
  Object.assign(globalThis, { MessageChannel: TimerMessageChannel });
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

// antd measures scrollbars through getComputedStyle with a pseudo element, which jsdom does not implement.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (elt: Element, pseudo?: string | null) =>
  getComputedStyle(elt, pseudo ? undefined : pseudo);
