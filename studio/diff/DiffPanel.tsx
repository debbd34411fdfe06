import { useMemo, useState } from 'react';
import { Flex, Select, Skeleton } from 'antd';
import { diffArtifacts } from '../../engine/diff';
import { useArtifactVersions } from '../../runtime';
import { useVersionContent, type EditableArtifact } from '../api';
import { useStudioT } from '../i18n';
import { DiffView } from './DiffView';

const CURRENT = 0; // the unsaved content in the editor

/** Pick two versions (or the current edit) and see what changed between them. */
export function DiffPanel({ artifact: a, current }: { artifact: EditableArtifact; current: unknown }) {
  const { t } = useStudioT();
  const versions = useArtifactVersions(a.id);
  const [from, setFrom] = useState<number>(a.publishedVersion ?? a.latestVersion);
  const [to, setTo] = useState<number>(CURRENT);
  const left = useVersionContent(a.id, from === CURRENT ? null : from);
  const right = useVersionContent(a.id, to === CURRENT ? null : to);
  const contentOf = (v: number, q: typeof left) => (v === CURRENT ? current : q.data?.content);
  const l = contentOf(from, left);
  const r = contentOf(to, right);
  const entries = useMemo(
    () => (l === undefined || r === undefined ? null : diffArtifacts(a.kind, l, r)),
    [a.kind, l, r],
  );
  const options = [
    { value: CURRENT, label: t('diff.current') },
    ...(versions.data ?? []).map((v) => ({
      value: v.version,
      label: `v${v.version} · ${t(`diff.states.${v.state}`)}`,
    })),
  ];
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Select
          aria-label={t('diff.from')}
          value={from}
          options={options}
          style={{ minWidth: 180 }}
          onChange={setFrom}
        />
        →
        <Select
          aria-label={t('diff.to')}
          value={to}
          options={options}
          style={{ minWidth: 180 }}
          onChange={setTo}
        />
      </Flex>
      {entries === null ? <Skeleton active /> : <DiffView entries={entries} />}
    </Flex>
  );
}
