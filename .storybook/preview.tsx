import type { Preview } from '@storybook/react-vite';
import { StoryShell, type StoryShellProps } from './StoryShell';
import type { Language } from '../runtime/i18n';

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'UI language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
  },
  decorators: [
    (Story, context) => {
      const p = context.parameters as { queryData?: StoryShellProps['queryData']; route?: string };
      return (
        <StoryShell
          language={(context.globals.locale as Language | undefined) ?? 'zh-CN'}
          queryData={p.queryData}
          route={p.route}
        >
          <Story />
        </StoryShell>
      );
    },
  ],
};

export default preview;
