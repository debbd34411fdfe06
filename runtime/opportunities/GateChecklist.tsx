import { Alert, Button, Flex, Typography } from 'antd';
import { CloseCircleFilled, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import type { GateCheck, GateMissingItem, StageInfo } from '../api/opportunities';
import { labelText, stageLabel } from './format';
import { Item, ItemList } from './ItemList';

export interface GateChecklistProps {
  gates: GateCheck[];
  stages?: StageInfo[];
  /** The stage the user tried to enter (title of the list). */
  target?: string;
  /** Opens the place to fill a missing item (form section, track, tickets). */
  onGoTo?: (item: GateMissingItem) => void;
  onClose?: () => void;
}

const KNOWN_HINTS = [
  'existing_systems',
  'decision_flow',
  'acceptance_criteria',
  'three_elements',
  'precheck_resolved',
  'precheck',
  'assessment_present',
  'milestone',
  'field',
  'form_complete',
  'alignment',
  'condition',
];

/** A missing item as an object, whatever shape the server sent. */
export function normalizeMissing(m: GateMissingItem | string): GateMissingItem {
  return typeof m === 'string' ? { key: m, label: m } : m;
}

/** What kind of thing is missing, for the hint ("fill the decision flow in the requirement form"). */
export function missingKind(m: GateMissingItem): string {
  if (m.element) return m.element;
  switch (m.kind) {
    case 'element':
      return m.id && KNOWN_HINTS.includes(m.id) ? m.id : 'three_elements';
    case 'ticket':
      return 'precheck_resolved';
    case 'assessment':
      return 'assessment_present';
    case 'form':
      return 'form_complete';
    case 'milestone':
    case 'alignment':
    case 'condition':
      return m.kind;
  }
  const type = m.type ?? '';
  if (type === 'three_elements' && m.key) return m.key;
  if (type) return type;
  if (m.milestone) return 'milestone';
  if (m.field) return 'field';
  return 'other';
}

/** C1: a refused stage change (422) shown as a checklist of what is missing and where to fill it. */
export function GateChecklist({ gates, stages, target, onGoTo, onClose }: GateChecklistProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const failing = gates.filter((g) => g.passed !== true && g.missing.length > 0);
  const title = target
    ? t('opp.gate.refusedTo', { stage: stageLabel(t, lang, target, stages) })
    : t('opp.gate.refused');
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="gate-checklist"
      closable={onClose ? { onClose } : undefined}
      title={title}
      description={
        <Flex vertical gap={8}>
          {failing.map((g) => (
            <div key={g.gate} data-gate={g.gate}>
              <Typography.Text strong>
                {labelText(g.label, lang, t('opp.gate.gateNamed', { gate: g.gate }))}
              </Typography.Text>
              <ItemList>
                {g.missing.map(normalizeMissing).map((m, i) => {
                  const kind = missingKind(m);
                  const what = labelText(
                    m.label ?? m.message,
                    lang,
                    m.field ?? m.milestone ?? m.key ?? m.id ?? kind,
                  );
                  return (
                    <Item
                      key={`${g.gate}-${i}`}
                      data-missing={kind}
                      actions={
                        onGoTo ? (
                          <Button
                            key="go"
                            size="small"
                            type="link"
                            onClick={() => onGoTo(m)}
                            aria-label={t('opp.gate.goToNamed', { what })}
                          >
                            {t('opp.gate.goTo')} <RightOutlined />
                          </Button>
                        ) : undefined
                      }
                    >
                      <Flex gap={8} align="flex-start">
                        <CloseCircleFilled style={{ color: '#ff4d4f', marginTop: 4 }} aria-hidden />
                        <div>
                          <div>{what}</div>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {KNOWN_HINTS.includes(kind)
                              ? t(`opp.gate.hint.${kind}`)
                              : t('opp.gate.hint.other')}
                            {m.message && m.label ? ` ${labelText(m.message, lang)}` : ''}
                          </Typography.Text>
                        </div>
                      </Flex>
                    </Item>
                  );
                })}
              </ItemList>
            </div>
          ))}
        </Flex>
      }
    />
  );
}
