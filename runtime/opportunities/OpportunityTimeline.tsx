import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, useLocaleFormat } from '../i18n';
import type { Label, OpportunityEvent, StageInfo, Tracks } from '../api/opportunities';
import { formatRate, labelText, stageLabel } from './format';

const COLORS: Record<string, string> = {
  stage_refused: 'orange',
  opportunity_frozen: 'red',
  opportunity_unfrozen: 'green',
  review_approved: 'green',
  review_rejected: 'red',
  stage_changed: 'blue',
  ticket_answered: 'green',
  ticket_opened: 'orange',
};

/** "stage.changed" → "stage_changed" (catalogue keys cannot hold dots). */
export const eventKey = (type: string) => type.replace(/\./g, '_');

/** The opportunity's history: stage changes, gate refusals, freezes, milestones, tickets, reviews. */
export function OpportunityTimeline({
  events,
  stages,
  tracks,
}: {
  events: OpportunityEvent[];
  stages?: StageInfo[];
  tracks?: Tracks;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { dateTime } = useLocaleFormat();
  if (!events.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opp.timeline.empty')} />;
  const newestFirst = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      data-testid="opportunity-timeline"
      items={newestFirst.map((e) => {
        const d = e.data ?? {};
        const to = typeof d.to === 'string' ? stageLabel(t, lang, d.to, stages) : '';
        const from = typeof d.from === 'string' ? stageLabel(t, lang, d.from, stages) : '';
        const rate = typeof d.rate === 'number' ? formatRate(d.rate) : '';
        const track = d.track === 'sales' || d.track === 'delivery' ? d.track : null;
        const milestone =
          track && typeof d.milestone === 'string'
            ? labelText(tracks?.[track].find((m) => m.id === d.milestone)?.label, lang, d.milestone)
            : '';
        const title = labelText((d.title ?? d.label) as Label | undefined, lang);
        const verdict =
          typeof d.verdict === 'string' ? t(`opp.verdict.${d.verdict}`, { defaultValue: d.verdict }) : '';
        const key = eventKey(e.type);
        return {
          key: String(e.id),
          color: COLORS[key] ?? 'gray',
          content: (
            <div data-type={e.type}>
              <Typography.Text strong>
                {t(`opp.timeline.types.${key}`, {
                  defaultValue: e.type,
                  from,
                  to,
                  rate,
                  milestone,
                  track: track ? t(`opp.track.${track}`) : '',
                  title,
                  verdict,
                })}
              </Typography.Text>
              <div style={{ fontSize: 12, opacity: 0.65 }}>
                {dateTime(e.at)}
                {e.actorName ? ` · ${e.actorName}` : ''}
              </div>
            </div>
          ),
        };
      })}
    />
  );
}
