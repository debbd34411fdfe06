import type { Meta, StoryObj } from '@storybook/react-vite';
import { Route, Routes } from 'react-router';
import { queryKeys } from '../api/keys';
import { WithSession, demoLeadDetail, demoProposals, demoTimeline, demoTouches } from '../fixtures';
import { LeadDetailPage } from './LeadDetailPage';

const id = demoLeadDetail.id;

const meta = {
  title: 'Runtime/Lead/LeadDetailPage',
  component: LeadDetailPage,
  parameters: {
    route: `/leads/${id}`,
    queryData: [
      [queryKeys.lead(id), demoLeadDetail],
      [queryKeys.timeline(id), demoTimeline],
      [queryKeys.touches(id), demoTouches],
      [queryKeys.proposals(id), demoProposals],
    ],
  },
  render: () => (
    <WithSession role="rep">
      <div style={{ padding: 16 }}>
        <Routes>
          <Route path="/leads/:id" element={<LeadDetailPage />} />
        </Routes>
      </div>
    </WithSession>
  ),
} satisfies Meta<typeof LeadDetailPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Rep: Story = {};
export const English: Story = { globals: { locale: 'en' } };
