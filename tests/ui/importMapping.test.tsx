import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jest } from '@jest/globals';
import { useState } from 'react';
import { Route, Routes } from 'react-router';
import type { ColumnMapping } from '../../runtime/api/lifecycle-types';
import { ImportPage } from '../../runtime/import/ImportPage';
import { MappingEditor } from '../../runtime/import/MappingEditor';
import { WithSession, demoImportPreview, demoJob } from '../../runtime/fixtures';
import { mockFetch, renderWithApp } from './harness';

const SLOW = { timeout: 8000 };
const p = demoImportPreview;

function Editor({ onChange }: { onChange: (m: ColumnMapping) => void }) {
  const [mapping, setMapping] = useState(p.mapping);
  return (
    <MappingEditor
      headers={p.headers}
      mapping={mapping}
      suggested={p.suggestedMapping}
      fields={p.fields}
      sampleRows={p.sampleRows}
      onChange={(m) => {
        setMapping(m);
        onChange(m);
      }}
    />
  );
}

/** Picks `label` in the field select of `column` by typing (keyboard only). */
async function mapColumn(column: string, label: string) {
  const box = screen.getByRole('combobox', { name: `“${column}”列导入为` });
  await userEvent.click(box);
  await userEvent.type(box, label);
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (o) => o.getAttribute('title') === label && o.offsetParent !== undefined,
    );
    if (!found) throw new Error(`no option ${label}`);
    return found;
  });
  await userEvent.click(option);
}

describe('L1: import mapping editor', () => {
  it('shows the suggested field per Chinese header, with sample values and a live check of the sample rows', async () => {
    renderWithApp(<Editor onChange={() => {}} />);
    const table = screen.getByTestId('mapping-table');
    const phoneRow = within(table).getByText('手机号码').closest('tr') as HTMLElement;
    expect(phoneRow.textContent).toContain('13800138001 / 13900139002 / 0574-8765432');
    expect(phoneRow.textContent).toContain('电话');
    expect(phoneRow.textContent).toContain('自动');
    expect(screen.getByText('前 5 行预检:4 行可导入')).toBeTruthy();
    // The row without any contact says why, in Chinese.
    const check = screen.getByTestId('sample-check');
    const bad = [...check.querySelectorAll('[data-valid="false"]')];
    expect(bad).toHaveLength(1);
    expect(bad[0]!.textContent).toContain('赵敏');
    expect(bad[0]!.textContent).toContain('电话、邮箱、企业微信ID 至少填一项');
  });

  it('re-checks the sample rows when a column is mapped to another field', async () => {
    const onChange = jest.fn<(m: ColumnMapping) => void>();
    renderWithApp(<Editor onChange={onChange} />);
    await mapColumn('手机号码', '备注');
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange.mock.lastCall?.[0]).toMatchObject({ 手机号码: 'note', 备注: 'note' });
    // Only the row with an e-mail can still be reached; two columns fill the note.
    expect(await screen.findByText('前 5 行预检:1 行可导入')).toBeTruthy();
    expect(screen.getByText(/有多个列对应到同一字段/)).toBeTruthy();
  });

  it('warns when no column gives a way to reach the contact', async () => {
    renderWithApp(<Editor onChange={() => {}} />);
    await mapColumn('手机号码', '备注');
    await mapColumn('邮箱', '职务');
    expect(await screen.findByText(/没有列对应到电话、邮箱或企业微信ID/)).toBeTruthy();
    expect(screen.getByText('前 5 行预检:0 行可导入')).toBeTruthy();
  });
});

describe('L1: import page', () => {
  it('previews the file, sends the edited mapping with the file, and follows the job', async () => {
    const fetchMock = mockFetch((method, path) => {
      if (method === 'POST' && path === '/api/leads/import/preview') return { status: 200, body: p };
      if (method === 'POST' && path === '/api/leads/import')
        return { status: 202, body: { jobId: 'job-0001' } };
      if (path === '/api/jobs/job-0001') return { status: 200, body: demoJob('done', 10, 9, 1) };
      if (path.startsWith('/api/leads'))
        return { status: 200, body: { items: [], total: 0, page: 1, pageSize: 9 } };
      return undefined;
    });
    renderWithApp(
      <WithSession role="director">
        <Routes>
          <Route path="/leads/import" element={<ImportPage />} />
        </Routes>
      </WithSession>,
      { route: '/leads/import' },
    );
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['x'], '4月展会线索.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText('核对字段:4月展会线索.xlsx', undefined, SLOW)).toBeTruthy();
    await mapColumn('备注', '线索名称');
    await userEvent.click(screen.getByRole('button', { name: '开始导入' }));

    expect(await screen.findByText('已完成', undefined, SLOW)).toBeTruthy();
    expect(screen.getByText('下载失败行及原因').closest('a')?.getAttribute('href')).toBe(
      '/api/jobs/job-0001/rejections.csv',
    );
    const start = fetchMock.mock.calls.find(([u]) => String(u) === '/api/leads/import');
    const body = start?.[1]?.body as unknown as FormData;
    expect((body.get('file') as File).name).toBe('4月展会线索.xlsx');
    expect(JSON.parse(String(body.get('mapping')))).toMatchObject({
      手机号码: 'contact.phone',
      备注: 'name',
      姓名: 'contact.name',
    });
  });

  it('says why a file cannot be read', async () => {
    mockFetch((method, path) =>
      method === 'POST' && path === '/api/leads/import/preview'
        ? {
            status: 400,
            body: { errors: [{ path: '/file', message: 'the file is not a .csv or .xlsx file' }] },
          }
        : undefined,
    );
    renderWithApp(
      <WithSession role="rep">
        <ImportPage />
      </WithSession>,
      { route: '/leads/import' },
    );
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['%PDF'], 'a.xlsx')] } });
    const alert = await screen.findByRole('alert', undefined, SLOW);
    expect(alert.textContent).toContain('无法读取该文件');
    expect(alert.textContent).toContain('the file is not a .csv or .xlsx file');
  });
});
