// Renders every Storybook story in jsdom (portable stories), so a broken story fails `npm test`.
// The import list is explicit (jest runs native ESM without import.meta.glob); the first test
// checks it against the story files on disk so a new story cannot be forgotten.
import { readdirSync } from 'node:fs';
import type { ComponentType } from 'react';
import { join, relative, sep } from 'node:path';
import { composeStories, setProjectAnnotations } from '@storybook/react';
import { cleanup, render, waitFor } from '@testing-library/react';
import preview from '../../.storybook/preview';
import * as LoginPage from '../../runtime/auth/LoginPage.stories';
import * as ArtifactList from '../../runtime/artifacts/ArtifactList.stories';
import * as AppLayout from '../../runtime/layout/AppLayout.stories';
import * as GradeTag from '../../runtime/leads/GradeTag.stories';
import * as LeadsTable from '../../runtime/leads/LeadsTable.stories';
import * as VersionHistory from '../../studio/VersionHistory.stories';

setProjectAnnotations(preview);

type Expectation = RegExp | ((container: HTMLElement) => boolean);
interface Entry {
  file: string;
  stories: Parameters<typeof composeStories>[0];
  /** What each story must show; `byStory` overrides the file's default. */
  expect: Expectation;
  byStory?: Record<string, Expectation>;
}

const hasClass = (cls: string) => (c: HTMLElement) => c.ownerDocument.querySelector(`.${cls}`) !== null;

const ENTRIES: Entry[] = [
  {
    file: 'runtime/auth/LoginPage.stories.tsx',
    stories: LoginPage,
    expect: /演示账号.*rep1@demo\.local/s,
    byStory: { WithError: /邮箱或密码错误/, TooManyAttempts: /尝试次数过多/, English: /Demo accounts/ },
  },
  {
    file: 'runtime/artifacts/ArtifactList.stories.tsx',
    stories: ArtifactList,
    expect: /线索评级规则.*可编辑.*只读/s,
    byStory: {
      AsConsultant: /制造业需求调研表.*只读/s,
      Loading: hasClass('ant-skeleton'),
      Empty: /暂无配置/,
    },
  },
  {
    file: 'runtime/layout/AppLayout.stories.tsx',
    stories: AppLayout,
    expect: /搭贝销售过程平台.*页面内容/s,
    byStory: { RepInEnglish: /Dabei Sales-Process Platform.*Sales rep.*My leads/s },
  },
  {
    file: 'runtime/leads/GradeTag.stories.tsx',
    stories: GradeTag,
    expect: /[ABCD] · -?\d+/,
    byStory: { NotGraded: /未评级/ },
  },
  {
    file: 'runtime/leads/LeadsTable.stories.tsx',
    stories: LeadsTable,
    expect: /苏州精密制造有限公司.*展会扫码/s,
    byStory: {
      Empty: /暂无线索/,
      EmptyAfterFiltering: /没有符合条件的线索/,
      Loading: hasClass('ant-spin'),
      English: /Suzhou|苏州精密制造有限公司.*Expo QR scan/s,
    },
  },
  {
    file: 'studio/VersionHistory.stories.tsx',
    stories: VersionHistory,
    expect: /v3.*已发布.*王建国/s,
    byStory: {
      Empty: /暂无版本/,
      Loading: hasClass('ant-spin'),
      English: /Published/,
      SingleVersion: /初始版本/,
    },
  },
];

const root = join(import.meta.dirname, '..', '..');

function storyFilesOnDisk(): string[] {
  return ['runtime', 'studio']
    .flatMap((dir) =>
      (readdirSync(join(root, dir), { recursive: true }) as string[]).map((f) => join(root, dir, f)),
    )
    .filter((f) => f.endsWith('.stories.tsx'))
    .map((f) => relative(root, f).split(sep).join('/'))
    .sort();
}

afterEach(cleanup);

it('imports every *.stories.tsx file in runtime/ and studio/', () => {
  expect(ENTRIES.map((e) => e.file).sort()).toEqual(storyFilesOnDisk());
});

describe.each(ENTRIES)('$file', (entry) => {
  const composed = Object.entries(composeStories(entry.stories)) as [string, ComponentType][];
  it('has stories', () => expect(composed.length).toBeGreaterThan(0));

  it.each(composed)('%s renders', async (name, Story) => {
    const { container } = render(<Story />);
    const expectation = entry.byStory?.[name] ?? entry.expect;
    if (expectation instanceof RegExp) {
      await waitFor(() => expect(container.textContent).toMatch(expectation));
    } else {
      expect(expectation(container)).toBe(true);
    }
  });
});
