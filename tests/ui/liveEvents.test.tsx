import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jest } from '@jest/globals';
import { Route, Routes, useLocation } from 'react-router';
import { invalidationsFor } from '../../runtime/api/events';
import { queryKeys } from '../../runtime/api/keys';
import { LiveEventsProvider } from '../../runtime/live/LiveEvents';
import { NewLeadNotifier } from '../../runtime/live/NewLeadNotifier';
import { SOUND_STORAGE_KEY } from '../../runtime/live/sound';
import { renderWithApp } from './harness';

/** A stand-in EventSource the test drives by hand. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  readyState = 0;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readonly listeners = new Map<string, (e: MessageEvent) => void>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, fn: (e: MessageEvent) => void) {
    this.listeners.set(type, fn);
  }
  close() {
    this.closed = true;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  emit(type: string, data: unknown) {
    this.listeners.get(type)?.({ type, data: JSON.stringify(data) } as MessageEvent);
  }
}

function Where() {
  return <output data-testid="path">{useLocation().pathname}</output>;
}

describe('L4: live updates and the new-lead pop-up', () => {
  it('lists the caches each event makes stale', () => {
    const keys = invalidationsFor({ type: 'touch.logged', at: '', leadId: 'L1', data: {} });
    expect(keys).toEqual(expect.arrayContaining([queryKeys.leadsAll, queryKeys.board, queryKeys.lead('L1')]));
    expect(invalidationsFor({ type: 'clock.breached', at: '', leadId: 'L1', data: {} })).toContainEqual(
      queryKeys.agendaAll,
    );
    expect(invalidationsFor({ type: 'job.progress', at: '', data: { state: 'running' } })).toEqual([]);
    expect(invalidationsFor({ type: 'job.progress', at: '', data: { state: 'done' } })).toContainEqual(
      queryKeys.leadsAll,
    );
  });

  it('pops up a lead assigned to me (grade, company, open), invalidates lists, ignores other reps', async () => {
    localStorage.setItem(SOUND_STORAGE_KEY, 'off');
    const { queryClient } = renderWithApp(
      <LiveEventsProvider EventSourceImpl={FakeEventSource as unknown as typeof EventSource}>
        <NewLeadNotifier userId="u-rep" />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </LiveEventsProvider>,
      { route: '/workbench' },
    );
    const spy = jest.spyOn(queryClient, 'invalidateQueries');
    const es = FakeEventSource.last!;
    expect(es.url).toBe('/api/events');
    act(() => es.open());

    act(() =>
      es.emit('lead.assigned', {
        type: 'lead.assigned',
        at: new Date().toISOString(),
        leadId: 'lead-x',
        ownerId: 'u-rep2',
        data: { class: 'B', company: '别人的客户有限公司' },
      }),
    );
    act(() =>
      es.emit('lead.assigned', {
        type: 'lead.assigned',
        at: new Date().toISOString(),
        leadId: 'lead-001',
        ownerId: 'u-rep',
        data: { class: 'A', name: '张伟', company: '苏州精密制造有限公司' },
      }),
    );
    const popup = await screen.findByTestId('new-lead-popup');
    expect(popup.textContent).toContain('A 类');
    expect(popup.textContent).toContain('苏州精密制造有限公司');
    expect(screen.queryByText('别人的客户有限公司')).toBeNull();
    await waitFor(() =>
      expect(spy.mock.calls.map((c) => JSON.stringify(c[0]?.queryKey))).toEqual(
        expect.arrayContaining([
          JSON.stringify(queryKeys.leadsAll),
          JSON.stringify(queryKeys.lead('lead-001')),
        ]),
      ),
    );

    await userEvent.click(screen.getByRole('button', { name: '打开线索' }));
    expect(screen.getByTestId('path').textContent).toBe('/leads/lead-001');
    localStorage.removeItem(SOUND_STORAGE_KEY);
  });

  it('writes job progress straight into the job cache', () => {
    const { queryClient } = renderWithApp(
      <LiveEventsProvider EventSourceImpl={FakeEventSource as unknown as typeof EventSource}>
        <span />
      </LiveEventsProvider>,
    );
    queryClient.setQueryData(queryKeys.job('j1'), { id: 'j1', state: 'running', processed: 0, total: 10 });
    act(() =>
      FakeEventSource.last!.emit('job.progress', {
        type: 'job.progress',
        at: '',
        data: { jobId: 'j1', state: 'running', processed: 6, accepted: 5, rejected: 1, total: 10 },
      }),
    );
    expect(queryClient.getQueryData(queryKeys.job('j1'))).toMatchObject({
      id: 'j1',
      processed: 6,
      accepted: 5,
    });
  });

  it('reconnects after the server closes the stream', async () => {
    jest.useFakeTimers();
    try {
      renderWithApp(
        <LiveEventsProvider EventSourceImpl={FakeEventSource as unknown as typeof EventSource}>
          <span />
        </LiveEventsProvider>,
      );
      const first = FakeEventSource.last!;
      act(() => {
        first.readyState = 2;
        first.onerror?.();
      });
      expect(first.closed).toBe(true);
      act(() => jest.advanceTimersByTime(2500));
      expect(FakeEventSource.last).not.toBe(first);
    } finally {
      jest.useRealTimers();
    }
  });
});
