import type { Meta, StoryObj } from '@storybook/react-vite';
import { queryKeys } from '../api/keys';
import { WithSession, demoJob, demoLeads } from '../fixtures';
import { ImportPage } from './ImportPage';

const meta = {
  title: 'Runtime/Import/ImportPage',
  component: ImportPage,
  render: () => (
    <WithSession role="director">
      <div style={{ padding: 16 }}>
        <ImportPage />
      </div>
    </WithSession>
  ),
} satisfies Meta<typeof ImportPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Upload: Story = { parameters: { route: '/leads/import' } };

const job = demoJob('done', 10, 8, 2);
const imported = demoLeads
  .slice(0, 8)
  .map((l) => ({ ...l, createdVia: 'import', createdAt: job.startedAt! }));

/** A finished import: counts, the rejections report and the new leads with their owners. */
export const Finished: Story = {
  parameters: {
    route: '/leads/import?job=job-0001',
    queryData: [
      [queryKeys.job('job-0001'), job],
      [queryKeys.leads({ pageSize: 8 }), { items: imported, total: 8, page: 1, pageSize: 8 }],
    ],
  },
};
