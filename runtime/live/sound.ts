// The new-lead sound: a short two-tone beep made with WebAudio (no audio file), and the rep's
// on/off choice kept in localStorage.
import { useCallback, useSyncExternalStore } from 'react';

export const SOUND_STORAGE_KEY = 'dabei.newLeadSound';

let audio: AudioContext | null = null;
const subscribers = new Set<() => void>();

function context(): AudioContext | null {
  const Ctor =
    globalThis.AudioContext ??
    (globalThis as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return null;
  audio ??= new Ctor();
  return audio;
}

/** Plays ~250 ms of sound; silently does nothing where audio is unavailable or blocked. */
export function beep(): void {
  try {
    const ctx = context();
    if (!ctx) return;
    if (ctx.state === 'suspended') void ctx.resume();
    const gain = ctx.createGain();
    gain.connect(ctx.destination);
    const t = ctx.currentTime;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.2, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.25);
    [880, 1320].forEach((hz, i) => {
      const osc = ctx.createOscillator();
      osc.type = 'sine';
      osc.frequency.value = hz;
      osc.connect(gain);
      osc.start(t + i * 0.11);
      osc.stop(t + i * 0.11 + 0.12);
    });
  } catch {
    /* audio is a nicety */
  }
}

export function soundEnabled(): boolean {
  try {
    return globalThis.localStorage?.getItem(SOUND_STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

function setSoundEnabled(on: boolean) {
  try {
    globalThis.localStorage?.setItem(SOUND_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    /* private mode: the choice lasts for the page only */
  }
  for (const fn of subscribers) fn();
}

/** The sound setting as React state, shared by every component that shows or uses it. */
export function useSoundSetting(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(
    (fn) => {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
    soundEnabled,
    () => true,
  );
  const set = useCallback((next: boolean) => {
    setSoundEnabled(next);
    // Turning it on is a user gesture: the moment browsers allow audio to start.
    if (next) beep();
  }, []);
  return [on, set];
}
