import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WidgetProps } from './types';

/** boolean: yes / no radio buttons (unanswered stays distinct from "no"). */
export function BooleanWidget({ value, onChange, readOnly, id }: WidgetProps<boolean>) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      id={id}
      optionType="button"
      disabled={readOnly}
      value={value === undefined ? undefined : value ? 'yes' : 'no'}
      onChange={(e) => onChange(e.target.value === 'yes')}
      options={[
        { value: 'yes', label: t('forms.yes') },
        { value: 'no', label: t('forms.no') },
      ]}
    />
  );
}
