import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Grade, GradeClass } from '../api/types';
import { useLocaleFormat } from '../i18n';

export const GRADE_COLORS: Record<GradeClass, string> = { A: 'red', B: 'orange', C: 'blue', D: 'default' };

function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/** The lead's class as a coloured tag; hovering (or focusing) lists the rules that scored it. */
export function GradeTag({ grade }: { grade: Grade | null | undefined }) {
  const { t } = useTranslation();
  const { text } = useLocaleFormat();
  if (!grade) return <Tag>{t('grade.none')}</Tag>;

  const details = (
    <Flex vertical gap={4} style={{ minWidth: 180 }} data-testid="grade-details">
      <Typography.Text strong style={{ color: 'inherit' }}>
        {t('grade.score', { score: grade.score })}
      </Typography.Text>
      {grade.hits.length === 0 ? (
        <span>{t('grade.noHits')}</span>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 16 }} aria-label={t('grade.hits')}>
          {grade.hits.map((h) => (
            <li key={h.ruleId}>
              {text(h.label)} <b>{signed(h.points)}</b>
            </li>
          ))}
        </ul>
      )}
      {grade.artifact && (
        <span style={{ opacity: 0.7, fontSize: 12 }}>
          {t('grade.version', { version: grade.artifact.version })}
        </span>
      )}
    </Flex>
  );

  return (
    <Tooltip title={details}>
      <Tag
        color={GRADE_COLORS[grade.class]}
        tabIndex={0}
        aria-label={`${t('grade.label', { grade: grade.class })}, ${t('grade.score', { score: grade.score })}`}
        style={{ cursor: 'help', fontWeight: 600, marginInlineEnd: 0 }}
      >
        {grade.class} · {grade.score}
      </Tag>
    </Tooltip>
  );
}
