import { lazy, Suspense, useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';

// The form brings ajv and the lead schema: loaded the first time someone opens it.
const NewLeadDrawer = lazy(() => import('./NewLeadDrawer').then((m) => ({ default: m.NewLeadDrawer })));

/** A lead list's title, intro and — for those who may create leads — "new lead" and "import". */
export function LeadPageHeader({ title, intro }: { title: string; intro: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const creates = can(useSession(), 'leads:create');
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {creates && (
          <Flex gap={8}>
            <Button icon={<UploadOutlined />} onClick={() => navigate('/leads/import')}>
              {t('import.button')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setUsed(true);
                setOpen(true);
              }}
            >
              {t('newLead.button')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      {creates && used && (
        <Suspense fallback={null}>
          <NewLeadDrawer open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
