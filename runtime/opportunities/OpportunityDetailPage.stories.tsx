import type { Meta, StoryObj } from '@storybook/react-vite';
import { Route, Routes } from 'react-router';
import { forecastKeys } from '../api/forecast';
import { oppKeys } from '../api/opportunities';
import { demoDealScore } from '../forecast/fixtures';
import { WithSession } from '../fixtures';
import { demoOpportunity } from './fixtures';
import { OpportunityDetailPage } from './OpportunityDetailPage';

const meta = {
  title: 'Runtime/Opportunities/OpportunityDetailPage',
  component: OpportunityDetailPage,
  parameters: {
    route: `/opportunities/${demoOpportunity.id}`,
    queryData: [
      [oppKeys.detail(demoOpportunity.id), demoOpportunity],
      [forecastKeys.score(demoOpportunity.id), { ...demoDealScore, opportunityId: demoOpportunity.id }],
      [oppKeys.knowledge(''), []],
    ],
  },
  render: () => (
    <WithSession role="manager">
      <div style={{ padding: 16 }}>
        <Routes>
          <Route path="/opportunities/:id" element={<OpportunityDetailPage />} />
        </Routes>
      </div>
    </WithSession>
  ),
} satisfies Meta<typeof OpportunityDetailPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** C4, C5: the frozen MES opportunity as the manager who decides the review sees it. */
export const FrozenForManager: Story = {};
export const English: Story = { globals: { locale: 'en' } };
