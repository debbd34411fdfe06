import { Card, Flex, InputNumber, Tag, Typography } from 'antd';
import { useStudioT } from '../i18n';

export interface ThresholdsValue {
  A: number;
  B: number;
  C: number;
}

const COLORS = { A: 'red', B: 'orange', C: 'blue', D: 'default' } as const;

/** Class thresholds: A ≥ a, B ≥ b, C ≥ c, else D (a > b > c, checked live). */
export function Thresholds({
  value,
  readOnly,
  onChange,
}: {
  value: ThresholdsValue;
  readOnly?: boolean;
  onChange: (v: ThresholdsValue) => void;
}) {
  const { t } = useStudioT();
  const ordered = value.A > value.B && value.B > value.C;
  return (
    <Card size="small" title={t('grading.thresholds')} style={{ marginBottom: 12 }}>
      <Flex wrap gap={12} align="center">
        {(['A', 'B', 'C'] as const).map((k) => (
          <Flex key={k} align="center" gap={4}>
            <Tag color={COLORS[k]}>{k}</Tag>≥
            <InputNumber
              aria-label={t('grading.thresholdOf', { cls: k })}
              value={value[k]}
              precision={0}
              readOnly={readOnly}
              status={ordered ? undefined : 'error'}
              style={{ width: 90 }}
              onChange={(v) => onChange({ ...value, [k]: Number(v ?? 0) })}
            />
          </Flex>
        ))}
        <span>
          <Tag color={COLORS.D}>D</Tag>
          {t('grading.below', { c: value.C })}
        </span>
        {!ordered && <Typography.Text type="danger">{t('grading.thresholdOrder')}</Typography.Text>}
      </Flex>
    </Card>
  );
}
