// L3/F7 studio panel in jsdom: pick a CSV, the outcome and leaky columns are preselected, the fit
// shows AUC and classes, "open as draft" saves a grading-rules draft; 400s land on the fields.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SessionContext } from '../../runtime';
import { demoSession } from '../../runtime/fixtures';
import { mockFetch, renderWithApp } from '../../tests/ui/harness';
import { demoSuggestion } from './fixtures';
import { ScorecardPage } from './ScorecardPage';

const CSV = 'Lead Number,Lead Origin,Tags,Total Time Spent on Website,Converted\n1,API,Ringing,674,0\n';

function renderPage(role: 'director' | 'rep' = 'director') {
  return renderWithApp(
    <SessionContext.Provider value={demoSession(role)}>
      <ScorecardPage />
    </SessionContext.Provider>,
  );
}

async function pickFile(container: HTMLElement) {
  const input = container.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File([CSV], 'leads.csv', { type: 'text/csv' });
  if (!('text' in file)) Object.defineProperty(Blob.prototype, 'text', { value: async () => CSV });
  fireEvent.change(input, { target: { files: [file] } });
  await screen.findByText('结果列（是否成交/转化）');
}

describe('L3/F7 ScorecardPage', () => {
  it('L3: fits, shows the measured classes and opens the rules as a grading-rules draft', async () => {
    const calls: string[] = [];
    mockFetch((method, path, body) => {
      calls.push(`${method} ${path}`);
      if (method === 'POST' && path === '/api/scorecard/suggest')
        return { status: 200, body: demoSuggestion };
      if (method === 'GET' && path.startsWith('/api/artifacts?kind=grading-rules'))
        return { status: 200, body: { items: [{ id: 'a1', latestVersion: 3 }] } };
      if (method === 'POST' && path === '/api/artifacts/a1/drafts') {
        const b = body as { baseVersion: number; content: { rules: Record<string, unknown>[] } };
        expect(b.baseVersion).toBe(3);
        expect(b.content.rules.every((r) => !('columns' in r))).toBe(true);
        return { status: 201, body: { version: 4 } };
      }
      return undefined;
    });
    const { container } = renderPage();
    expect(screen.getByText('从历史线索推荐评分卡')).toBeTruthy();
    await pickFile(container);
    // The outcome column and the leaky "Tags" column are chosen from the header.
    expect(container.textContent).toContain('Converted');
    expect(container.textContent).toContain('Tags');
    fireEvent.click(screen.getByRole('button', { name: /拟\s*合/ }));
    await screen.findByText('推荐评分卡 AUC');
    expect(container.textContent).toMatch(/0\.896.*0\.817/s);
    fireEvent.click(screen.getByRole('button', { name: /作为草稿打开/ }));
    await waitFor(() => expect(calls).toContain('POST /api/artifacts/a1/drafts'));
  });

  it('L3: a 400 shows on its field', async () => {
    mockFetch((method, path) =>
      method === 'POST' && path === '/api/scorecard/suggest'
        ? { status: 400, body: { errors: [{ path: '/target', message: '结果列需要同时包含成交和未成交' }] } }
        : undefined,
    );
    const { container } = renderPage();
    await pickFile(container);
    fireEvent.click(screen.getByRole('button', { name: /拟\s*合/ }));
    await screen.findByText('结果列需要同时包含成交和未成交');
  });

  it('L3: without the right to edit grading rules the page says so', () => {
    mockFetch(() => undefined);
    renderPage('rep');
    expect(screen.getByText(/你的角色不能编辑评级规则/)).toBeTruthy();
  });
});
