import { jest } from '@jest/globals';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { mockFetch, renderWithApp } from '../../tests/ui/harness';
import { DistortionReportPage } from './DistortionReportPage';
import { demoReport } from './fixtures';

afterEach(cleanup);

describe('joint review report (C6)', () => {
  it('C6: lists the month’s cases by rate with both versions and the outcome, printable', async () => {
    const fetch = mockFetch((method, path) =>
      method === 'GET' && path === '/api/reports/requirement-distortion?month=2026-11'
        ? { status: 200, body: demoReport }
        : undefined,
    );
    const { container } = renderWithApp(<DistortionReportPage initialMonth="2026-11" />);
    await screen.findByTestId('distortion-report');
    expect(fetch).toHaveBeenCalled();
    const cases = [...container.querySelectorAll('[data-case]')].map((c) => c.getAttribute('data-case'));
    expect(cases).toEqual(['opp-mes', 'opp-3', 'opp-5']);
    const first = container.querySelector('[data-case="opp-mes"]')!;
    expect(first.textContent).toMatch(/#1.*苏州精工.*38\.2%.*已通过.*一期仅ERP/s);
    // Both versions side by side, only the disagreeing fields.
    expect(first.querySelector('tr[data-field="integrations"]')!.textContent).toMatch(
      /MES、ERP.*ERP.*不一致/s,
    );
    expect(first.querySelectorAll('tr[data-equal="true"]')).toHaveLength(0);
    expect(container.querySelector('[data-case="opp-3"]')!.textContent).toMatch(/已驳回/);
    // Print stylesheet and button.
    const css = [...container.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/\.no-print[^{]*\{ display: none !important; \}|\.no-print/);
    const print = jest.fn();
    window.print = print;
    fireEvent.click(screen.getByRole('button', { name: /打\s?印/ }));
    expect(print).toHaveBeenCalled();
  });

  it('C6: an empty month and a failed load', async () => {
    mockFetch((method, path) =>
      path.startsWith('/api/reports/requirement-distortion')
        ? path.endsWith('2026-12')
          ? { status: 200, body: { month: '2026-12', cases: [] } }
          : { status: 403, body: { errors: [{ path: '', message: 'forbidden' }] } }
        : undefined,
    );
    renderWithApp(<DistortionReportPage initialMonth="2026-12" />);
    expect(await screen.findByText('本月没有需求比对记录')).toBeTruthy();
    cleanup();
    renderWithApp(<DistortionReportPage initialMonth="2026-10" />);
    expect(await screen.findByText('月报加载失败')).toBeTruthy();
  });
});
