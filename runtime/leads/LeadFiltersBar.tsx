import { Button, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRADE_CLASSES, LEAD_STATUSES, type LeadFilters } from '../api/types';
import { statusLabel } from './labels';

export interface LeadFiltersBarProps {
  value: LeadFilters;
  onChange: (patch: Partial<LeadFilters>) => void;
}

/** Grade and status filters plus a free-text search. */
export function LeadFiltersBar({ value, onChange }: LeadFiltersBarProps) {
  const { t } = useTranslation();
  const filtered = Boolean(value.grade || value.status || value.q);
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <Select
        allowClear
        aria-label={t('leads.filters.grade')}
        placeholder={t('leads.filters.grade')}
        style={{ width: 120 }}
        value={value.grade}
        onChange={(grade) => onChange({ grade })}
        options={GRADE_CLASSES.map((g) => ({ value: g, label: t('grade.label', { grade: g }) }))}
      />
      <Select
        allowClear
        aria-label={t('leads.filters.status')}
        placeholder={t('leads.filters.status')}
        style={{ width: 140 }}
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={LEAD_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
      />
      <Input.Search
        key={value.q ?? ''}
        allowClear
        aria-label={t('leads.filters.search')}
        placeholder={t('leads.filters.search')}
        defaultValue={value.q}
        style={{ flex: '1 1 220px', maxWidth: 360 }}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
      />
      {filtered && (
        <Button type="link" onClick={() => onChange({ grade: undefined, status: undefined, q: undefined })}>
          {t('leads.filters.reset')}
        </Button>
      )}
    </Flex>
  );
}
