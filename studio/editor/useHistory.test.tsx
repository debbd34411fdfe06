// S1 undo/redo: every edit is one step; a drag (live previews + one commit) is one step too.
import { act, renderHook } from '@testing-library/react';
import { historyReducer, useHistory } from './useHistory';

describe('S1 undo/redo', () => {
  it('undoes and redoes edits in order; a new edit clears redo', () => {
    const { result } = renderHook(() => useHistory<number>(0));
    act(() => result.current.set(1));
    act(() => result.current.set(2));
    act(() => result.current.undo());
    expect(result.current.value).toBe(1);
    act(() => result.current.redo());
    expect(result.current.value).toBe(2);
    act(() => result.current.undo());
    act(() => result.current.set(5));
    expect(result.current.canRedo).toBe(false);
    act(() => result.current.undo());
    act(() => result.current.undo());
    expect(result.current.value).toBe(0);
    expect(result.current.canUndo).toBe(false);
  });

  it('records a drag (replace… then commit) as a single step', () => {
    let h = historyReducer({ past: [], present: 'a', future: [] }, { type: 'replace', value: 'b' });
    h = historyReducer(h, { type: 'replace', value: 'c' });
    h = historyReducer(h, { type: 'commit', base: 'a' });
    expect(h).toEqual({ past: ['a'], present: 'c', future: [] });
    expect(historyReducer(h, { type: 'undo' }).present).toBe('a');
  });
});
