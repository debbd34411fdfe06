import { Badge, Button, Card, Col, Empty, Flex, Row, Tag, Tooltip, Typography } from 'antd';
import {
  CheckCircleFilled,
  CheckOutlined,
  ClockCircleOutlined,
  SwapOutlined,
  UndoOutlined,
  WarningFilled,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage, useLocaleFormat } from '../i18n';
import type { AlignmentPair, TrackMilestone, Tracks } from '../api/opportunities';
import { labelText } from './format';
import { Item, ItemList } from './ItemList';

export type TrackId = 'sales' | 'delivery';

export interface DualTrackViewProps {
  tracks: Tracks;
  /** Which track the user may tick (sales → opportunities:edit, delivery → opportunities:assess). */
  canTick?: Partial<Record<TrackId, boolean>>;
  busy?: boolean;
  onTick?: (track: TrackId, milestone: string, done: boolean) => void;
}

function pairOk(p: AlignmentPair): boolean {
  if (p.state) return p.state !== 'misaligned';
  return p.ok ?? p.aligned ?? true;
}

/** The numbered alignment pairs a milestone belongs to, with whether each holds. */
function pairsOf(track: TrackId, m: TrackMilestone, pairs: AlignmentPair[]) {
  return pairs.map((p, i) => ({ p, n: i + 1 })).filter(({ p }) => p[track] === m.id);
}

function TrackColumn({
  track,
  milestones,
  pairs,
  canTick,
  busy,
  onTick,
}: {
  track: TrackId;
  milestones: TrackMilestone[];
  pairs: AlignmentPair[];
  canTick: boolean;
  busy?: boolean;
  onTick?: DualTrackViewProps['onTick'];
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { dateTime } = useLocaleFormat();
  const sorted = [...milestones].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  return (
    <Card size="small" title={t(`opp.track.${track}`)} data-testid={`track-${track}`}>
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opp.track.empty')} />
      ) : (
        <ItemList label={t(`opp.track.${track}`)}>
          {sorted.map((m) => {
            const mine = pairsOf(track, m, pairs);
            const misaligned = m.misaligned === true || mine.some(({ p }) => !pairOk(p));
            const name = labelText(m.label, lang, m.id);
            return (
              <Item
                key={m.id}
                data-milestone={m.id}
                data-done={m.done ? 'true' : 'false'}
                data-misaligned={misaligned ? 'true' : 'false'}
                style={misaligned ? { background: 'rgba(255,77,79,0.06)' } : undefined}
                actions={
                  canTick && onTick ? (
                    <Button
                      key="tick"
                      size="small"
                      type={m.done ? 'default' : 'primary'}
                      ghost={!m.done}
                      disabled={busy}
                      icon={m.done ? <UndoOutlined /> : <CheckOutlined />}
                      aria-label={t(m.done ? 'opp.track.undoNamed' : 'opp.track.tickNamed', { name })}
                      onClick={() => onTick(track, m.id, !m.done)}
                    >
                      {t(m.done ? 'opp.track.undo' : 'opp.track.tick')}
                    </Button>
                  ) : undefined
                }
              >
                <Flex gap={8} align="flex-start">
                  {m.done ? (
                    <CheckCircleFilled
                      style={{ color: '#52c41a', marginTop: 4 }}
                      aria-label={t('opp.track.done')}
                    />
                  ) : (
                    <ClockCircleOutlined
                      style={{ marginTop: 4, opacity: 0.5 }}
                      aria-label={t('opp.track.pending')}
                    />
                  )}
                  <div>
                    <Typography.Text strong={m.done}>{name}</Typography.Text>{' '}
                    {mine.map(({ p, n }) => (
                      <Tooltip key={p.id} title={labelText(p.label, lang, p.id)}>
                        <Tag
                          color={pairOk(p) ? 'blue' : 'red'}
                          icon={pairOk(p) ? <SwapOutlined /> : <WarningFilled />}
                          data-pair={p.id}
                        >
                          {t('opp.track.pairNo', { n })}
                        </Tag>
                      </Tooltip>
                    ))}
                    {m.done && m.at && (
                      <div style={{ fontSize: 12, opacity: 0.65 }}>
                        {dateTime(m.at)}
                        {m.byName ? ` · ${m.byName}` : ''}
                      </div>
                    )}
                    {misaligned && (
                      <div>
                        <Typography.Text type="danger" style={{ fontSize: 12 }}>
                          <WarningFilled /> {t('opp.track.misaligned')}
                        </Typography.Text>
                      </div>
                    )}
                  </div>
                </Flex>
              </Item>
            );
          })}
        </ItemList>
      )}
    </Card>
  );
}

/** C4: the sales track beside the delivery track, alignment pairs numbered and flagged on both sides. */
export function DualTrackView({ tracks, canTick = {}, busy, onTick }: DualTrackViewProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const pairs = tracks.alignment ?? [];
  const byId = (track: TrackId, id: string) =>
    labelText(tracks[track].find((m) => m.id === id)?.label, lang, id);
  const broken = pairs.filter((p) => !pairOk(p)).length;
  return (
    <Flex vertical gap={12} data-testid="dual-track">
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <TrackColumn
            track="sales"
            milestones={tracks.sales}
            pairs={pairs}
            canTick={canTick.sales === true}
            busy={busy}
            onTick={onTick}
          />
        </Col>
        <Col xs={24} md={12}>
          <TrackColumn
            track="delivery"
            milestones={tracks.delivery}
            pairs={pairs}
            canTick={canTick.delivery === true}
            busy={busy}
            onTick={onTick}
          />
        </Col>
      </Row>
      {pairs.length > 0 && (
        <Card
          size="small"
          title={
            <Flex gap={8} align="center">
              {t('opp.track.pairs')}
              {broken > 0 && <Badge count={broken} title={t('opp.track.brokenCount', { n: broken })} />}
            </Flex>
          }
        >
          <ItemList label={t('opp.track.pairs')}>
            {pairs.map((p, i) => (
              <Item key={p.id} data-pair-row={p.id} data-ok={pairOk(p) ? 'true' : 'false'}>
                <Flex gap={8} wrap align="center">
                  <Tag color={pairOk(p) ? 'blue' : 'red'}>{t('opp.track.pairNo', { n: i + 1 })}</Tag>
                  <span>{byId('sales', p.sales)}</span>
                  <SwapOutlined aria-label={t('opp.track.pairedWith')} />
                  <span>{byId('delivery', p.delivery)}</span>
                  <Typography.Text type="secondary">· {labelText(p.label, lang, p.id)}</Typography.Text>
                  {p.state === 'pending' ? (
                    <Tag>{t('opp.track.pairPending')}</Tag>
                  ) : pairOk(p) ? (
                    <Tag color="green">{t('opp.track.aligned')}</Tag>
                  ) : (
                    <Tag color="red" icon={<WarningFilled />}>
                      {labelText(p.message, lang, t('opp.track.misaligned'))}
                    </Tag>
                  )}
                </Flex>
              </Item>
            ))}
          </ItemList>
        </Card>
      )}
    </Flex>
  );
}
