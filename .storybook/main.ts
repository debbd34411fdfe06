import type { StorybookConfig } from '@storybook/react-vite';

// Stories sit beside their components (ARCHITECTURE.md); jest renders every one of them too
// (tests/ui/stories.test.tsx), so a broken story fails `npm test`.
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../{runtime,studio}/**/*.stories.tsx'],
  addons: [],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: false },
};

export default config;
