import { useState } from 'react';
import {
  Alert,
  Button,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Row,
  Select,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { App } from 'antd';
import { isApiError } from '../api/client';
import type { FieldError } from '../api/types';
import { useCreateOpportunity, type OpportunityCreate } from '../api/opportunities';
import { errorsByField, fieldMessage } from '../common/fieldErrors';
import { INDUSTRY_IDS } from '../leads/industries';

export interface NewOpportunityDrawerProps {
  open: boolean;
  onClose: () => void;
  /** Converting a lead: its id, customer and industry are preset. */
  lead?: { id: string; customer?: string; industry?: string; name?: string };
}

interface Values {
  customer?: string;
  name?: string;
  industry?: string;
  amountWan?: number;
  expectedClose?: Dayjs;
}

/** The body of the POST from the drawer's values (amount in 万元 → yuan). */
export function toCreateBody(v: Values, leadId?: string): OpportunityCreate {
  return {
    ...(leadId ? { leadId } : { customer: (v.customer ?? '').trim() }),
    ...(v.name?.trim() ? { name: v.name.trim() } : {}),
    industry: v.industry ?? '',
    amount: Math.round((v.amountWan ?? 0) * 10_000),
    expectedClose: v.expectedClose ? v.expectedClose.format('YYYY-MM-DD') : '',
  };
}

/** Server error paths onto the drawer's fields. */
const REDIRECT: Record<string, string> = { '/amount': '/amountWan', '/leadId': '/customer' };

/** C1: a new opportunity (or a lead converted into one), with the server's field errors on the fields. */
export function NewOpportunityDrawer({ open, onClose, lead }: NewOpportunityDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().sm === false;
  const [form] = Form.useForm<Values>();
  const [rootErrors, setRootErrors] = useState<string[]>([]);
  const create = useCreateOpportunity();

  const showErrors = (errors: FieldError[]) => {
    const fields = errorsByField(t, errors, REDIRECT);
    form.setFields(
      fields.filter((f) => f.name.length).map((f) => ({ name: f.name as never, errors: f.errors })),
    );
    setRootErrors(fields.filter((f) => !f.name.length).flatMap((f) => f.errors));
  };

  const submit = async (v: Values) => {
    setRootErrors([]);
    try {
      const r = await create.mutateAsync(toCreateBody(v, lead?.id));
      void message.success(t('opp.new.created'));
      form.resetFields();
      onClose();
      navigate(`/opportunities/${r.id}`);
    } catch (e) {
      if (isApiError(e, 400) || isApiError(e, 422) || isApiError(e, 409)) showErrors(e.errors);
      else setRootErrors([e instanceof Error ? fieldMessage(t, e.message) : String(e)]);
    }
  };

  const half = { xs: 24, sm: 12 };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={lead ? t('opp.new.convertTitle') : t('opp.new.title')}
      size={phone ? '100%' : 520}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            {t('opp.new.submit')}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="new-opportunity-form"
        initialValues={{ customer: lead?.customer, industry: lead?.industry, name: lead?.name }}
        onFinish={(v) => void submit(v)}
      >
        {rootErrors.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={rootErrors.join('；')}
          />
        )}
        <Form.Item
          name="customer"
          label={t('opp.fields.customer')}
          rules={lead ? [] : [{ required: true, whitespace: true, message: t('opp.new.customerRequired') }]}
        >
          <Input autoFocus={!lead} disabled={Boolean(lead)} maxLength={200} />
        </Form.Item>
        <Form.Item name="name" label={t('opp.fields.name')} extra={t('opp.new.nameHint')}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item
              name="industry"
              label={t('opp.fields.industry')}
              extra={t('opp.new.industryHint')}
              rules={[{ required: true, message: t('opp.new.industryRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={INDUSTRY_IDS.map((i) => ({ value: i, label: t(`industries.${i}`) }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="amountWan"
              label={t('opp.fields.amount')}
              rules={[{ required: true, message: t('opp.new.amountRequired') }]}
            >
              <InputNumber<number>
                min={0}
                step={10}
                precision={2}
                style={{ width: '100%' }}
                suffix={t('opp.wan')}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="expectedClose"
              label={t('opp.fields.expectedClose')}
              rules={[{ required: true, message: t('opp.new.closeRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
