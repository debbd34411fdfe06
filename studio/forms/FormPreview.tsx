import { Component, useMemo, useRef, type ReactNode } from 'react';
import { Alert } from 'antd';
import { createFormStore, FormRenderer } from '../../runtime/forms';
import type { FormTemplate } from '../../schemas';
import type { Issue } from '../editor/issues';
import { useStudioT } from '../i18n';

/** Keeps a renderer failure (a half-edited template) inside the preview pane. */
class PreviewBoundary extends Component<
  { fallback: ReactNode; resetKey: unknown; children: ReactNode },
  { failed: unknown }
> {
  override state = { failed: null as unknown };
  static getDerivedStateFromError(failed: unknown) {
    return { failed };
  }
  override componentDidUpdate(prev: { resetKey: unknown }) {
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: null });
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * The live preview: the runtime's form renderer (runtime/forms, what reps see) over the template
 * being edited. Values typed in the preview survive edits of the template.
 */
export function FormPreview({ content, issues }: { content: unknown; issues: readonly Issue[] }) {
  const { t } = useStudioT();
  const values = useRef({});
  const template = content as FormTemplate;
  const store = useMemo(() => createFormStore(values.current, template), [template]);
  if (issues.length > 0)
    return <Alert type="warning" showIcon title={t('forms.previewInvalid', { count: issues.length })} />;
  return (
    <PreviewBoundary
      resetKey={template}
      fallback={<Alert type="error" showIcon title={t('forms.previewFailed')} />}
    >
      <div data-testid="form-preview">
        <FormRenderer
          template={template}
          store={store}
          onChange={(v) => {
            values.current = v;
          }}
        />
      </div>
    </PreviewBoundary>
  );
}
