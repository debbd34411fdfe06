import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRADE_CLASSES, type GradeClass } from '../api/types';

export type GradeCounts = Partial<Record<GradeClass | 'total', number>>;

const STAT_COLORS: Record<GradeClass, string> = { A: '#cf1322', B: '#d46b08', C: '#0958d9', D: '#595959' };

export interface GradeSummaryProps {
  counts: GradeCounts;
  selected?: GradeClass;
  onSelect?: (grade: GradeClass | undefined) => void;
}

/** Lead counts by class (a missing count shows as loading); a class can be clicked to filter by it. */
export function GradeSummary({ counts, selected, onSelect }: GradeSummaryProps) {
  const { t } = useTranslation();
  const toggle = (g: GradeClass) => onSelect?.(selected === g ? undefined : g);
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('leads.summary.title')}>
      <Flex wrap gap={24}>
        {GRADE_CLASSES.map((g) => (
          <div
            key={g}
            role={onSelect ? 'button' : undefined}
            tabIndex={onSelect ? 0 : undefined}
            aria-pressed={onSelect ? selected === g : undefined}
            style={{
              cursor: onSelect ? 'pointer' : undefined,
              opacity: selected && selected !== g ? 0.45 : 1,
            }}
            onClick={() => toggle(g)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                toggle(g);
              }
            }}
          >
            <Statistic
              title={t('grade.label', { grade: g })}
              value={counts[g] ?? 0}
              loading={counts[g] === undefined}
              styles={{ content: { color: STAT_COLORS[g] } }}
            />
          </div>
        ))}
        <Statistic
          title={t('leads.summary.total')}
          value={counts.total ?? 0}
          loading={counts.total === undefined}
        />
      </Flex>
    </Card>
  );
}
