import type { Meta, StoryObj } from '@storybook/react-vite';
import { queryKeys } from '../api/keys';
import {
  WithSession,
  demoApiKeys,
  demoLeadSources,
  demoNotifications,
  demoNotifyChannels,
} from '../fixtures';
import { SettingsPage } from './SettingsPage';

const meta = {
  title: 'Runtime/Settings/SettingsPage',
  component: SettingsPage,
  parameters: {
    queryData: [
      [queryKeys.leadSources, demoLeadSources],
      [queryKeys.notifyChannels, demoNotifyChannels],
      [queryKeys.notifications, demoNotifications],
      [queryKeys.apiKeys, demoApiKeys],
    ],
  },
  render: () => (
    <WithSession role="director">
      <div style={{ padding: 16 }}>
        <SettingsPage />
      </div>
    </WithSession>
  ),
} satisfies Meta<typeof SettingsPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const LeadSources: Story = { parameters: { route: '/settings?tab=sources' } };
export const Robots: Story = { parameters: { route: '/settings?tab=robots' } };
export const ApiKeys: Story = { parameters: { route: '/settings?tab=keys' } };
