import { jest } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { mockFetch, renderWithApp } from '../../tests/ui/harness';
import { ALL_TYPES_TEMPLATE } from './fixtures';
import { FormSubmissionPage } from './FormSubmissionPage';
import { DRAFT_PREFIX } from './useFormDraft';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const TID = '11111111-1111-4111-8111-111111111111';
const SID = '22222222-2222-4222-8222-222222222222';
const form = {
  id: TID,
  key: 'sample',
  name: { zh: '示例', en: 'Sample' },
  version: 2,
  content: ALL_TYPES_TEMPLATE,
};
const submission = {
  id: 's1',
  templateId: TID,
  templateVersion: 2,
  subjectType: 'opportunity',
  subjectId: SID,
  data: { projectName: '华东精密MES项目' },
  provenance: {},
  completeness: 10,
  revision: 3,
  updatedAt: '2026-11-26T09:30:00.000Z',
};

function api(puts: unknown[], putReply?: (body: any) => { status: number; body?: unknown }) {
  return mockFetch((method, path, body) => {
    if (method === 'GET' && path === `/api/forms/${TID}`) return { status: 200, body: form };
    if (method === 'GET' && path === `/api/forms/${TID}/submissions/${SID}`)
      return { status: 200, body: submission };
    if (method === 'PUT' && path === `/api/forms/${TID}/submissions/${SID}`) {
      puts.push(body);
      return (
        putReply?.(body) ?? {
          status: 200,
          body: { ...submission, ...(body as object), revision: 4, errors: [] },
        }
      );
    }
    return undefined;
  });
}

jest.setTimeout(90_000);

describe('W3 FormSubmissionPage', () => {
  test('W3: loads template + submission, autosaves changes to the server (debounced PUT)', async () => {
    const puts: any[] = [];
    api(puts);
    renderWithApp(<FormSubmissionPage templateId={TID} subjectId={SID} />);
    const input = (await screen.findByDisplayValue('华东精密MES项目')) as HTMLInputElement;
    expect(screen.getByText('模板版本 v2')).toBeTruthy();
    fireEvent.change(input, { target: { value: '华东精密MES一期' } });
    expect(screen.getByTestId('save-status').textContent).toContain('有未保存的修改');
    await waitFor(() => expect(puts).toHaveLength(1), { timeout: 5000 });
    expect(puts[0]).toEqual({ data: { projectName: '华东精密MES一期' } });
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('已保存（第 4 版）'));
    // the draft is cleared once the server has the data
    expect(localStorage.getItem(`${DRAFT_PREFIX}${TID}:${SID}`)).toBeNull();
  });

  test('W3: a local draft is restored with a notice and can be discarded', async () => {
    localStorage.setItem(
      `${DRAFT_PREFIX}${TID}:${SID}`,
      JSON.stringify({ values: { projectName: '草稿里的项目名' }, savedAt: '2026-11-26T10:00:00.000Z' }),
    );
    api([]);
    renderWithApp(<FormSubmissionPage templateId={TID} subjectId={SID} />);
    expect(await screen.findByDisplayValue('草稿里的项目名')).toBeTruthy();
    expect(screen.getByText(/已恢复 .* 未提交的草稿/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '放弃草稿' }));
    expect(await screen.findByDisplayValue('华东精密MES项目')).toBeTruthy();
    expect(localStorage.getItem(`${DRAFT_PREFIX}${TID}:${SID}`)).toBeNull();
  });

  test('W3: data that breaks the template is not sent; server field errors show beside the field', async () => {
    const puts: any[] = [];
    api(puts, () => ({
      status: 400,
      body: { errors: [{ path: '/data/projectName', message: 'name taken' }] },
    }));
    renderWithApp(<FormSubmissionPage templateId={TID} subjectId={SID} />);
    const input = (await screen.findByDisplayValue('华东精密MES项目')) as HTMLInputElement;
    // 51 characters break maxLength 50: nothing goes to the server
    fireEvent.change(input, { target: { value: 'x'.repeat(51) } });
    fireEvent.click(screen.getByRole('button', { name: '保 存' }));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('未保存'));
    expect(puts).toHaveLength(0);
    fireEvent.change(input, { target: { value: '合规的名字' } });
    fireEvent.click(screen.getByRole('button', { name: '保 存' }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(await screen.findByText('name taken')).toBeTruthy();
  });
});
