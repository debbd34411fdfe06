import { useState } from 'react';
import { Button } from 'antd';
import { RocketOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { NewOpportunityDrawer } from './NewOpportunityDrawer';

export interface ConvertToOpportunityButtonProps {
  lead: { id: string; name?: string; status?: string; company?: { name?: string; industry?: string } };
}

/** C1: "convert to opportunity" on a qualified lead (hidden without opportunities:edit). */
export function ConvertToOpportunityButton({ lead }: ConvertToOpportunityButtonProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [open, setOpen] = useState(false);
  // Only a qualified lead converts (C1); once converted the server moves it on.
  if (!can(session, 'opportunities:edit') || lead.status !== 'qualified') return null;
  return (
    <>
      <Button icon={<RocketOutlined />} onClick={() => setOpen(true)} data-testid="convert-to-opportunity">
        {t('opp.new.convert')}
      </Button>
      <NewOpportunityDrawer
        open={open}
        onClose={() => setOpen(false)}
        lead={{
          id: lead.id,
          customer: lead.company?.name,
          industry: lead.company?.industry,
          name: lead.name,
        }}
      />
    </>
  );
}
