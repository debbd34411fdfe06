import { act } from '@testing-library/react';
import { jest } from '@jest/globals';
import { useRef } from 'react';
import { Countdown } from '../../runtime/common/Countdown';
import { countdownTone, formatSpan } from '../../runtime/common/countdown';
import { tickerListeners } from '../../runtime/common/ticker';
import { renderWithApp } from './harness';

const T0 = Date.parse('2026-04-20T02:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
/** A 30-minute clock started at T0. */
const clock = { startedAt: iso(T0), dueAt: iso(T0 + 30 * 60_000) };

describe('L5: SLA countdown colours', () => {
  it('is green above 25% of the time left, amber below, red once due or breached', () => {
    expect(countdownTone(clock, T0)).toBe('ok');
    expect(countdownTone(clock, T0 + 22 * 60_000)).toBe('ok'); // 8 of 30 min left = 26.7%
    expect(countdownTone(clock, T0 + 23 * 60_000)).toBe('warning'); // 7 of 30 = 23.3%
    expect(countdownTone(clock, T0 + 30 * 60_000 - 1000)).toBe('warning');
    expect(countdownTone(clock, T0 + 30 * 60_000)).toBe('breached');
    expect(countdownTone({ ...clock, state: 'breached' }, T0)).toBe('breached');
    expect(countdownTone({ ...clock, state: 'met' }, T0 + 60 * 60_000)).toBe('met');
    expect(countdownTone({ ...clock, state: 'cancelled' }, T0)).toBe('cancelled');
  });

  it('formats seconds, hours and days', () => {
    const day = (d: number) => `${d}天`;
    expect(formatSpan(65_000, day)).toBe('01:05');
    expect(formatSpan(-(2 * 3600_000 + 3000), day)).toBe('02:00:03');
    expect(formatSpan(3 * 86_400_000 + 90 * 60_000, day)).toBe('3天 01:30:00');
  });

  it('renders the tone as a green, orange or red tag with the time', () => {
    const cases: [number, string, string, string][] = [
      [T0 + 10 * 60_000, 'ok', 'green', '剩余 20:00'],
      [T0 + 25 * 60_000, 'warning', 'orange', '剩余 05:00'],
      [T0 + 40 * 60_000, 'breached', 'red', '已超时 10:00'],
    ];
    for (const [now, tone, colour, text] of cases) {
      const { container, unmount } = renderWithApp(<Countdown {...clock} state="running" now={now} />);
      const tag = container.querySelector('[role="timer"]') as HTMLElement;
      expect(tag.dataset.tone).toBe(tone);
      expect(tag.className).toContain(`ant-tag-${colour}`);
      expect(tag.textContent).toContain(text);
      unmount();
    }
  });
});

describe('Countdown ticking', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: T0 + 22 * 60_000 });
  });
  afterEach(() => jest.useRealTimers());

  it('ticks once a second from one shared timer without re-rendering its parent', () => {
    let parentRenders = 0;
    function Page() {
      const renders = useRef(0);
      renders.current++;
      parentRenders = renders.current;
      return (
        <div>
          <Countdown {...clock} state="running" />
          <Countdown startedAt={clock.startedAt} dueAt={iso(T0 + 120 * 60_000)} state="running" />
        </div>
      );
    }
    const { container, unmount } = renderWithApp(<Page />);
    const timers = () => [...container.querySelectorAll<HTMLElement>('[role="timer"]')];
    expect(timers()[0]!.textContent).toContain('剩余 08:00');
    expect(timers()[0]!.dataset.tone).toBe('ok');
    expect(tickerListeners()).toBe(2);
    const before = parentRenders;

    act(() => jest.advanceTimersByTime(1000));
    expect(timers()[0]!.textContent).toContain('剩余 07:59');
    expect(timers()[0]!.dataset.tone).toBe('ok'); // 26.6% of 30 min left
    expect(timers()[1]!.textContent).toContain('剩余 01:37:59');

    act(() => jest.advanceTimersByTime(30_000));
    expect(timers()[0]!.textContent).toContain('剩余 07:29');
    expect(timers()[0]!.dataset.tone).toBe('warning'); // below 25%

    act(() => jest.advanceTimersByTime(8 * 60_000));
    expect(timers()[0]!.dataset.tone).toBe('breached');
    expect(timers()[0]!.textContent).toContain('已超时 00:31');
    expect(parentRenders).toBe(before);

    unmount();
    expect(tickerListeners()).toBe(0);
  });

  it('does not tick for a met clock', () => {
    const { container } = renderWithApp(<Countdown {...clock} state="met" />);
    expect(container.textContent).toContain('已达标');
    expect(tickerListeners()).toBe(0);
  });
});
