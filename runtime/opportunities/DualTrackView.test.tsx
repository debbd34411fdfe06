import { jest } from '@jest/globals';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { renderWithApp } from '../../tests/ui/harness';
import { DualTrackView } from './DualTrackView';
import { demoAlignedTracks, demoTracks } from './fixtures';

afterEach(cleanup);

const milestone = (id: string) => document.querySelector(`[data-milestone="${id}"]`)!;

describe('dual track (C4)', () => {
  it('C4: flags a misaligned pair on both tracks and in the pair list', () => {
    renderWithApp(<DualTrackView tracks={demoTracks} />);
    expect(milestone('legal_review').getAttribute('data-misaligned')).toBe('true');
    expect(milestone('interface_agreement_signed').getAttribute('data-misaligned')).toBe('true');
    expect(milestone('price_negotiation').getAttribute('data-misaligned')).toBe('false');
    // The same pair number on both sides.
    expect(milestone('legal_review').querySelector('[data-pair="legal_needs_interface"]')!.textContent).toBe(
      '对齐1',
    );
    expect(
      milestone('interface_agreement_signed').querySelector('[data-pair="legal_needs_interface"]')!
        .textContent,
    ).toBe('对齐1');
    const rows = [...document.querySelectorAll('[data-pair-row]')];
    expect(rows.map((r) => [r.getAttribute('data-pair-row'), r.getAttribute('data-ok')])).toEqual([
      ['legal_needs_interface', 'false'],
      ['signing_with_kickoff', 'true'],
    ]);
    expect(rows[1]!.textContent).toMatch(/待完成/);
    // Read-only without the permission: no tick buttons.
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('C4: ticks only the track the user may tick', () => {
    const onTick = jest.fn();
    renderWithApp(<DualTrackView tracks={demoTracks} canTick={{ delivery: true }} onTick={onTick} />);
    expect(screen.getAllByRole('button', { name: /标记|撤销/ })).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: '标记“接口协议签署”已完成' }));
    expect(onTick).toHaveBeenCalledWith('delivery', 'interface_agreement_signed', true);
    fireEvent.click(screen.getByRole('button', { name: '撤销“沙箱环境开通”' }));
    expect(onTick).toHaveBeenLastCalledWith('delivery', 'sandbox_opened', false);
  });

  it('C4: all aligned', () => {
    renderWithApp(<DualTrackView tracks={demoAlignedTracks} />);
    expect(document.querySelectorAll('[data-misaligned="true"]')).toHaveLength(0);
    expect(screen.getAllByText('已对齐')).toHaveLength(2);
  });
});
