import { useEffect, useState } from 'react';
import { Button, Flex, Grid, Select, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import type { StageInfo } from '../api/opportunities';
import { stageLabel, stagesOf } from './format';

export interface StageBarProps {
  stage: string;
  stages?: StageInfo[];
  frozen?: boolean;
  canChange?: boolean;
  busy?: boolean;
  onChange?: (stage: string) => void;
}

/** C1: where the opportunity stands (antd Steps) and the action that moves it to another stage. */
export function StageBar({ stage, stages, frozen, canChange, busy, onChange }: StageBarProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const vertical = Grid.useBreakpoint().md === false;
  const all = stagesOf(stages);
  const open = all.filter((s) => (s.outcome ?? 'open') === 'open');
  const closed = all.filter((s) => (s.outcome ?? 'open') !== 'open');
  const current = all.find((s) => s.id === stage);
  const isClosed = current !== undefined && (current.outcome ?? 'open') !== 'open';
  // The steps: the open stages, then the outcome reached (or "won" as the goal).
  const shown = [...open, isClosed ? current : (closed.find((s) => s.outcome === 'won') ?? closed[0])].filter(
    (s): s is StageInfo => Boolean(s),
  );
  const index = shown.findIndex((s) => s.id === stage);
  const nextDefault = open[open.findIndex((s) => s.id === stage) + 1]?.id ?? closed[0]?.id;
  const [target, setTarget] = useState<string | undefined>(nextDefault);
  useEffect(() => setTarget(nextDefault), [nextDefault]);

  return (
    <Flex vertical gap={12}>
      <Steps
        size="small"
        orientation={vertical ? 'vertical' : 'horizontal'}
        current={index < 0 ? 0 : index}
        status={
          frozen
            ? 'error'
            : current?.outcome === 'lost'
              ? 'error'
              : current?.outcome === 'won'
                ? 'finish'
                : 'process'
        }
        items={shown.map((s) => ({ title: stageLabel(t, lang, s.id, stages) }))}
        data-testid="stage-steps"
      />
      {canChange && onChange && !isClosed && (
        <Flex gap={8} wrap align="center">
          <Select
            aria-label={t('opp.stage.target')}
            style={{ minWidth: 160 }}
            value={target}
            onChange={setTarget}
            options={all
              .filter((s) => s.id !== stage)
              .map((s) => ({ value: s.id, label: stageLabel(t, lang, s.id, stages) }))}
          />
          <Button
            type="primary"
            loading={busy}
            disabled={!target}
            onClick={() => target && onChange(target)}
            data-testid="stage-change"
          >
            {t('opp.stage.move')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
