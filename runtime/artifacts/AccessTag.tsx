import { Tag } from 'antd';
import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** "you may edit" / "read-only", from the user's `artifacts:edit:<kind>` permission. */
export function AccessTag({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  return editable ? (
    <Tag color="green" icon={<EditOutlined />}>
      {t('artifacts.mayEdit')}
    </Tag>
  ) : (
    <Tag icon={<EyeOutlined />}>{t('artifacts.readOnly')}</Tag>
  );
}
