import { cleanup, fireEvent, screen } from '@testing-library/react';
import { renderWithApp } from '../../tests/ui/harness';
import { demoDiff } from './fixtures';
import { RequirementDiffView } from './RequirementDiffView';

afterEach(cleanup);

const rows = () => [...document.querySelectorAll('tr[data-field]')];

describe('requirement diff view (C5)', () => {
  it('C5: shows sales and delivery side by side per field with equal/different, weight and the rate vs threshold', () => {
    renderWithApp(<RequirementDiffView diff={demoDiff} />);
    expect(screen.getByTestId('diff-rate').textContent).toBe('差异率 38.2% / 阈值 15%');
    expect(screen.getByText('超过阈值')).toBeTruthy();
    expect(rows()).toHaveLength(7);
    const integrations = rows().find((r) => r.getAttribute('data-field') === 'integrations')!;
    expect(integrations.getAttribute('data-equal')).toBe('false');
    expect(integrations.textContent).toMatch(/需对接的系统.*MES、ERP.*ERP.*不一致.*3.*仅销售：MES/s);
    const shifts = rows().find((r) => r.getAttribute('data-field') === 'shifts')!;
    expect(shifts.textContent).toMatch(/三班倒.*三班倒.*一致/s);
    expect(rows().find((r) => r.getAttribute('data-field') === 'existingSystems')!.textContent).toMatch(
      /用友U8 ERP、鼎捷MES 5\.2、富勒WMS/,
    );
    expect(rows().find((r) => r.getAttribute('data-field') === 'expectedGoLive')!.textContent).toMatch(
      /相差 121 天（允许 30 天）/,
    );
  });

  it('C5: "differences only" hides the fields that agree', () => {
    renderWithApp(<RequirementDiffView diff={demoDiff} />);
    fireEvent.click(screen.getByRole('switch'));
    expect(rows().map((r) => r.getAttribute('data-equal'))).toEqual(Array(5).fill('false'));
  });

  it('C5: under the threshold and not yet compared', () => {
    renderWithApp(<RequirementDiffView diff={{ ...demoDiff, rate: 0.1 }} />);
    expect(screen.getByText('未超阈值')).toBeTruthy();
    cleanup();
    renderWithApp(<RequirementDiffView diff={null} />);
    expect(screen.getByTestId('diff-empty').textContent).toMatch(/尚未比对/);
  });

  it('C5: English labels', () => {
    renderWithApp(<RequirementDiffView diff={demoDiff} />, { language: 'en' });
    expect(screen.getByTestId('diff-rate').textContent).toBe('Difference 38.2% / threshold 15%');
    expect(screen.getAllByText('Different')).toHaveLength(5);
  });
});
