import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { CheckCircleTwoTone, FireTwoTone, InfoCircleTwoTone, WarningTwoTone } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BattleCard } from './api';

export interface BattleReportCardsProps {
  cards: BattleCard[] | undefined;
  loading?: boolean;
  error?: Error | null;
}

const ICON = {
  success: <CheckCircleTwoTone twoToneColor="#52c41a" />,
  info: <InfoCircleTwoTone />,
  warning: <WarningTwoTone twoToneColor="#fa8c16" />,
};

/** The words of one card: the catalogue's sentence for its kind, with its counts and names. */
export function useCardText() {
  const { t } = useTranslation();
  return (card: BattleCard) => {
    const names = card.names.join('、');
    const p = card.params;
    switch (card.kind) {
      case 'requirementsSynced':
        return [
          t(p.consultant ? 'workbench.battle.requirementsSynced' : 'workbench.battle.requirementsSaved', {
            count: card.count,
            names,
            consultant: p.consultant,
          }),
          p.hours ? t('workbench.battle.consultantHours', { hours: p.hours }) : '',
          p.autoFilled ? t('workbench.battle.autoFilled', { count: Number(p.autoFilled) }) : '',
        ]
          .filter(Boolean)
          .join('，');
      case 'touches': {
        const channels = Object.entries(p)
          .filter(([k]) => k.startsWith('ch_'))
          .map(([k, v]) => `${t(`touch.channels.${k.slice(3)}`, { defaultValue: k.slice(3) })} ${v}`)
          .join('、');
        return t('workbench.battle.touches', { count: card.count, channels, keywords: p.keywords });
      }
      default:
        return t(`workbench.battle.${card.kind}`, { ...p, count: card.count, names });
    }
  };
}

/** Today's battle report (W2): what the rep's input caused, from the day's real events. */
export function BattleReportCards({ cards, loading, error }: BattleReportCardsProps) {
  const { t } = useTranslation();
  const textOf = useCardText();
  if (error)
    return <Alert type="error" showIcon title={t('workbench.battle.error')} description={error.message} />;
  if (loading || !cards) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (cards.length === 0) return <Empty description={t('workbench.battle.quiet')} />;
  return (
    <Flex vertical gap={8} role="list" aria-label={t('workbench.battle.title')}>
      {cards.map((card, i) => (
        <Card key={`${card.kind}-${i}`} size="small" role="listitem" data-kind={card.kind}>
          <Flex gap={10} align="flex-start">
            <span aria-hidden style={{ fontSize: 18 }}>
              {card.kind === 'fastTouch' ? <FireTwoTone twoToneColor="#f5222d" /> : ICON[card.tone]}
            </span>
            <Typography.Text>{textOf(card)}</Typography.Text>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
