import { jest } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { mockFetch, renderWithApp } from '../../tests/ui/harness';
import { WithSession } from '../fixtures';
import { gatesFromBody, type OpportunityDetail } from '../api/opportunities';
import { demoGates422, demoOpportunity, demoTracks } from './fixtures';
import { GateChecklist } from './GateChecklist';
import { OpportunityDetailPage } from './OpportunityDetailPage';

afterEach(cleanup);

const open: OpportunityDetail = {
  ...demoOpportunity,
  stage: 'solution',
  frozen: false,
  review: null,
  requirementDiff: null,
  tracks: demoTracks,
};

function renderPage(patch: { status: number; body?: unknown }, after = open) {
  let patched = false;
  const fetch = mockFetch((method, path) => {
    if (method === 'GET' && path === `/api/opportunities/${open.id}`)
      return { status: 200, body: patched ? after : open };
    if (method === 'PATCH' && path === `/api/opportunities/${open.id}`) {
      patched = true;
      return patch;
    }
    return undefined;
  });
  renderWithApp(
    <WithSession role="rep">
      <Routes>
        <Route path="/opportunities/:id" element={<OpportunityDetailPage />} />
      </Routes>
    </WithSession>,
    { route: `/opportunities/${open.id}` },
  );
  return fetch;
}

describe('gate checklist (C1)', () => {
  it('C1: parses the 422 body {errors:[{gate, missing}]} into gates', () => {
    const gates = gatesFromBody({
      errors: [{ gate: 'quote_gate', missing: ['decision_flow'] }, null, { path: '', message: 'x' }],
    });
    expect(gates).toHaveLength(2);
    expect(gates[0]).toMatchObject({ gate: 'quote_gate', missing: ['decision_flow'], passed: false });
    expect(gates[1]!.missing).toEqual(['x']);
    expect(gatesFromBody(undefined)).toEqual([]);
  });

  it('C1: lists every missing item with what to fill and a link to it', () => {
    const goTo = jest.fn();
    renderWithApp(<GateChecklist gates={demoGates422} target="quote" onGoTo={goTo} />);
    const list = screen.getByTestId('gate-checklist');
    expect(list.textContent).toMatch(/无法进入“报价”/);
    const items = list.querySelectorAll('[data-missing]');
    expect([...items].map((i) => i.getAttribute('data-missing'))).toEqual([
      'decision_flow',
      'acceptance_criteria',
      'precheck_resolved',
    ]);
    expect(items[0]!.textContent).toMatch(/决策流程图.*画出决策流程/s);
    fireEvent.click(within(items[1] as HTMLElement).getByRole('button', { name: /去填写：成功验收标准/ }));
    expect(goTo).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'acceptance_criteria', field: 'acceptanceCriteria' }),
    );
  });

  it('C1: a refused stage change (422) shows the checklist and "fill in" opens the requirement form', async () => {
    const fetch = renderPage({ status: 422, body: { errors: demoGates422 } });
    fireEvent.click(await screen.findByTestId('stage-change'));
    const list = await screen.findByTestId('gate-checklist');
    expect(list.textContent).toMatch(/无法进入“报价”.*决策流程图.*成功验收标准.*预检工单未答复/s);
    const patch = fetch.mock.calls.find(([, init]) => (init as { method?: string })?.method === 'PATCH');
    expect(JSON.parse(String((patch![1] as { body: string }).body))).toEqual({ stage: 'quote' });
    fireEvent.click(within(list).getByRole('button', { name: /去填写：决策流程图/ }));
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: '需求调研表' }).getAttribute('aria-selected')).toBe('true'),
    );
  });

  it('C5: a 423 answer shows the frozen banner once the detail reloads', async () => {
    renderPage(
      { status: 423, body: { errors: [{ path: '', message: 'frozen' }] } },
      {
        ...open,
        frozen: true,
        requirementDiff: demoOpportunity.requirementDiff,
        review: demoOpportunity.review,
      },
    );
    fireEvent.click(await screen.findByTestId('stage-change'));
    const banner = await screen.findByTestId('frozen-banner');
    expect(banner.textContent).toMatch(/差异率为 38\.2%，超过阈值 15%/);
    expect(screen.queryByTestId('gate-checklist')).toBeNull();
  });
});
