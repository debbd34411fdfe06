import { useCallback, useDeferredValue, useMemo, useState, type ComponentType } from 'react';
import { Alert, App, Badge, Button, Empty, Flex, Modal, Tabs } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, isApiError, queryKeys } from '../../runtime';
import type { ArtifactKind } from '../../schemas';
import { usePublish, useSaveDraft, type EditableArtifact } from '../api';
import { DiffPanel } from '../diff/DiffPanel';
import { useStudioT } from '../i18n';
import { JsonView } from '../JsonView';
import { SIMULATED_KINDS, SimulateTab } from '../simulate/SimulateTab';
import { HistoryPanel } from './HistoryPanel';
import { checkContent, clientChecks, type Issue } from './issues';
import { JsonPanel } from './JsonPanel';
import { PublishDialog } from './PublishDialog';
import { Toolbar } from './Toolbar';
import type { KindEditorProps } from './types';
import { useEditorState } from './useEditorState';

export type EditorRegistry = Partial<Record<ArtifactKind, ComponentType<KindEditorProps>>>;

/** One artefact being edited: structured editor, JSON, simulation, diff, history; save and publish. */
export function ArtifactWorkspace({
  artifact: a,
  readOnly,
  editors,
}: {
  artifact: EditableArtifact;
  readOnly: boolean;
  editors: EditorRegistry;
}) {
  const { t } = useStudioT();
  const { t: tr } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useEditorState(a);
  const { set } = state;
  const onChange = useCallback((c: unknown) => set(c), [set]);
  const deferred = useDeferredValue(state.value);
  const issues = useMemo(() => checkContent(a.kind, deferred), [a.kind, deferred]);
  const save = useSaveDraft(a.id);
  const publish = usePublish(a.id);
  const [publishing, setPublishing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [serverErrors, setServerErrors] = useState<Issue[]>([]);

  const saveDraft = async (): Promise<number | null> => {
    setServerErrors([]);
    const content = state.value;
    try {
      const { version } = await save.mutateAsync({ content, baseVersion: state.baseVersion });
      state.markSaved(version, content);
      void message.success(t('toolbar.saved', { version }));
      return version;
    } catch (e) {
      if (isApiError(e, 409)) setConflict(true);
      else if (isApiError(e, 400)) setServerErrors(e.errors);
      else void message.error(e instanceof Error ? e.message : String(e));
      return null;
    }
  };
  const reload = async () => {
    setConflict(false);
    const fresh = await apiFetch<EditableArtifact>(`/api/artifacts/${a.id}`);
    qc.setQueryData(queryKeys.artifact(a.id), fresh);
    state.reload(fresh);
  };
  const draftVersion = a.draft?.version === a.latestVersion ? a.latestVersion : null;
  const canPublish = state.dirty || (draftVersion !== null && draftVersion === state.baseVersion);
  const doPublish = async (note: string) => {
    const version = state.dirty ? await saveDraft() : draftVersion;
    if (version === null) return;
    try {
      await publish.mutateAsync({ version, note });
      setPublishing(false);
      void message.success(t('publish.done', { version }));
    } catch (e) {
      setPublishing(false);
      if (isApiError(e, 400)) setServerErrors(e.errors);
      else void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const Editor = editors[a.kind];
  const status = state.dirty
    ? t('toolbar.unsaved', { base: state.baseVersion })
    : draftVersion
      ? t('toolbar.draftSaved', { version: draftVersion })
      : t('toolbar.upToDate', { version: a.publishedVersion ?? a.latestVersion });
  const issueBadge = issues.length ? (
    <Badge count={issues.length} size="small" style={{ marginInlineStart: 4 }} />
  ) : null;

  return (
    <Flex vertical gap={12}>
      <Toolbar
        fileName={a.key}
        value={state.value}
        dirty={state.dirty}
        readOnly={readOnly}
        canUndo={state.canUndo}
        canRedo={state.canRedo}
        saving={save.isPending}
        canPublish={canPublish && issues.length === 0}
        status={status}
        onUndo={state.undo}
        onRedo={state.redo}
        onSave={() => void saveDraft()}
        onPublish={() => setPublishing(true)}
        onImport={onChange}
      />
      {readOnly && <Alert type="info" showIcon title={t('readOnly')} />}
      {clientChecks.unavailable && <Alert type="warning" showIcon title={t('json.serverOnly')} />}
      {state.restored && state.dirty && (
        <Alert type="warning" showIcon closable title={t('toolbar.restored')} />
      )}
      {serverErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          closable
          title={t('toolbar.rejected')}
          description={serverErrors.map((e) => (
            <div key={e.path + e.message}>
              <code>{e.path || '/'}</code> {e.message}
            </div>
          ))}
        />
      )}
      <Tabs
        defaultActiveKey="editor"
        items={[
          {
            key: 'editor',
            label: (
              <>
                {t('tabs.editor')}
                {issueBadge}
              </>
            ),
            children: Editor ? (
              <Editor value={state.value} onChange={onChange} issues={issues} readOnly={readOnly} />
            ) : (
              <JsonPanel value={state.value} onChange={onChange} issues={issues} readOnly={readOnly} />
            ),
          },
          {
            key: 'json',
            label: t('tabs.json'),
            children: (
              <JsonPanel value={state.value} onChange={onChange} issues={issues} readOnly={readOnly} />
            ),
          },
          ...(SIMULATED_KINDS.has(a.kind)
            ? [
                {
                  key: 'simulate',
                  label: t('tabs.simulate'),
                  children: (
                    <SimulateTab artifact={a} content={state.value} issues={issues} readOnly={readOnly} />
                  ),
                },
              ]
            : []),
          { key: 'diff', label: t('tabs.diff'), children: <DiffPanel artifact={a} current={state.value} /> },
          {
            key: 'history',
            label: tr('studio.versionHistory'),
            children: <HistoryPanel artifact={a} readOnly={readOnly} />,
          },
          {
            key: 'published',
            label: tr('studio.publishedContent'),
            children:
              a.publishedVersion === null || a.content == null ? (
                <Empty description={tr('studio.noPublished')} />
              ) : (
                <JsonView value={a.content} label={tr('studio.publishedContent')} />
              ),
          },
        ]}
      />
      <PublishDialog
        open={publishing}
        title={t('publish.title')}
        busy={publish.isPending || save.isPending}
        onCancel={() => setPublishing(false)}
        onConfirm={(note) => void doPublish(note)}
      />
      <Modal
        open={conflict}
        title={t('conflict.title')}
        onCancel={() => setConflict(false)}
        footer={[
          <Button key="keep" onClick={() => setConflict(false)}>
            {t('conflict.keep')}
          </Button>,
          <Button key="reload" type="primary" onClick={() => void reload()}>
            {t('conflict.reload')}
          </Button>,
        ]}
      >
        {t('conflict.body')}
      </Modal>
    </Flex>
  );
}
