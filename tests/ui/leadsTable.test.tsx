import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LeadsTable } from '../../runtime/leads/LeadsTable';
import { demoLeads, demoRepLeads } from '../../runtime/fixtures';
import { renderWithApp } from './harness';

describe('LeadsTable', () => {
  it('shows name, company, grade, channel, status and owner', () => {
    renderWithApp(<LeadsTable items={demoLeads} total={demoLeads.length} page={1} pageSize={20} showOwner />);
    const row = screen.getByText('苏州精密制造有限公司').closest('tr') as HTMLElement;
    expect(within(row).getByText('张伟')).toBeTruthy();
    expect(within(row).getByText('A · 85')).toBeTruthy();
    expect(within(row).getByText('展会扫码')).toBeTruthy();
    expect(within(row).getByText('已分配')).toBeTruthy();
    expect(within(row).getByText('陈晓东')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '负责人' })).toBeTruthy();
    expect(screen.getByText('未分配')).toBeTruthy(); // the pooled lead
  });

  it('lists the rule hits and their points in the grade tooltip', async () => {
    renderWithApp(<LeadsTable items={demoRepLeads} total={demoRepLeads.length} page={1} pageSize={20} />);
    expect(screen.queryByRole('columnheader', { name: '负责人' })).toBeNull();
    await userEvent.hover(screen.getByText('A · 85'));
    const details = await screen.findByTestId('grade-details');
    expect(details.textContent).toContain('评分 85 分');
    expect(details.textContent).toContain('展会扫码 +30');
    expect(details.textContent).toContain('注册资本 ≥ 500 万 +20');
    expect(details.textContent).toContain('评级规则 v3');
  });

  it('shows negative points and an empty state', async () => {
    const { unmount } = renderWithApp(
      <LeadsTable items={demoLeads} total={demoLeads.length} page={1} pageSize={20} />,
    );
    await userEvent.hover(screen.getByText('D · 5'));
    expect((await screen.findByTestId('grade-details')).textContent).toContain('使用免费邮箱 -10');
    unmount();
    renderWithApp(<LeadsTable items={[]} total={0} page={1} pageSize={20} />);
    expect(screen.getAllByText('暂无线索').length).toBeGreaterThan(0);
  });
});
