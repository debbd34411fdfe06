// Live updates for the signed-in app: one event stream, react-query caches invalidated from its
// events (coalesced, so an import of 1,000 leads does not refetch 3,000 times), job progress
// written straight into the job's cache, and a subscription for components that react to events.
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { invalidationsFor, openEventStream, type StreamState } from '../api/events';
import { queryKeys } from '../api/keys';
import type { Job, LiveEvent } from '../api/lifecycle-types';

type Listener = (e: LiveEvent) => void;

interface Live {
  state: StreamState;
  subscribe: (fn: Listener) => () => void;
}

const LiveContext = createContext<Live>({ state: 'off', subscribe: () => () => {} });

const FLUSH_MS = 250;

export function LiveEventsProvider({
  children,
  EventSourceImpl,
}: {
  children: ReactNode;
  EventSourceImpl?: typeof EventSource;
}) {
  const qc = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');
  const listeners = useRef(new Set<Listener>());

  useEffect(() => {
    const pending = new Map<string, QueryKey>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      for (const key of pending.values()) void qc.invalidateQueries({ queryKey: key });
      pending.clear();
    };
    const stale = (keys: QueryKey[]) => {
      for (const k of keys) pending.set(JSON.stringify(k), k);
      if (keys.length && !timer) timer = setTimeout(flush, FLUSH_MS);
    };
    const close = openEventStream({
      EventSourceImpl,
      onState: setState,
      onResync: () => stale([queryKeys.leadsAll, queryKeys.leadAll, queryKeys.board, queryKeys.agendaAll]),
      onEvent: (e) => {
        if (e.type === 'job.progress' && typeof e.data.jobId === 'string') {
          qc.setQueryData<Job>(queryKeys.job(e.data.jobId), (old) =>
            old ? { ...old, ...(e.data as Partial<Job>), id: old.id } : old,
          );
        }
        stale(invalidationsFor(e));
        for (const fn of listeners.current) fn(e);
      },
    });
    return () => {
      close();
      clearTimeout(timer);
    };
  }, [qc, EventSourceImpl]);

  const value = useMemo<Live>(
    () => ({
      state,
      subscribe: (fn) => {
        listeners.current.add(fn);
        return () => listeners.current.delete(fn);
      },
    }),
    [state],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/** Calls `fn` (the latest one rendered) for every live event. */
export function useLiveEvent(fn: Listener) {
  const { subscribe } = useContext(LiveContext);
  const ref = useRef(fn);
  useEffect(() => {
    ref.current = fn;
  });
  useEffect(() => subscribe((e) => ref.current(e)), [subscribe]);
}

export const useLiveState = () => useContext(LiveContext).state;
