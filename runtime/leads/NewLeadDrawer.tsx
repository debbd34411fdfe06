import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Collapse,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Row,
  Select,
} from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCreateLead } from '../api/lead-activity';
import { isApiError } from '../api/client';
import { CHANNELS, type FieldError } from '../api/types';
import { errorsByField, fieldMessage } from '../common/fieldErrors';
import { INDUSTRY_IDS } from './industries';
import { channelLabel } from './labels';
import { ERROR_REDIRECTS, checkLeadBody, toLeadBody, type LeadFormValues } from './leadForm';

export interface NewLeadDrawerProps {
  open: boolean;
  onClose: () => void;
}

const FLAGS = ['downloadedWhitepaper', 'requestedDemo', 'visitedPricing'] as const;

/** "New lead": every leadCreate field, checked against the JSON Schema here and by the server. */
export function NewLeadDrawer({ open, onClose }: NewLeadDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().sm === false;
  const [form] = Form.useForm<LeadFormValues>();
  const [rootErrors, setRootErrors] = useState<string[]>([]);
  const create = useCreateLead();

  const showErrors = (errors: FieldError[]) => {
    const fields = errorsByField(t, errors, ERROR_REDIRECTS);
    form.setFields(fields.filter((f) => f.name.length).map((f) => ({ name: f.name, errors: f.errors })));
    setRootErrors(fields.filter((f) => !f.name.length).flatMap((f) => f.errors));
    const first = fields.find((f) => f.name.length);
    if (first) form.scrollToField(first.name);
  };

  const submit = async () => {
    setRootErrors([]);
    const body = toLeadBody(form.getFieldsValue(true) as LeadFormValues);
    const errors = checkLeadBody(body);
    if (errors.length) return showErrors(errors);
    try {
      const r = await create.mutateAsync(body);
      void message.success(r.duplicateOf ? t('newLead.createdDuplicate') : t('newLead.created'));
      form.resetFields();
      onClose();
      navigate(`/leads/${r.id}`);
    } catch (e) {
      if (isApiError(e, 400)) showErrors(e.errors);
      else setRootErrors([e instanceof Error ? fieldMessage(t, e.message) : String(e)]);
    }
  };

  const half = { xs: 24, sm: 12 };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('newLead.title')}
      size={phone ? '100%' : 560}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => void submit()}>
            {t('newLead.submit')}
          </Button>
        </Flex>
      }
    >
      <Form<LeadFormValues>
        form={form}
        layout="vertical"
        initialValues={{ source: { channel: 'manual' } }}
        onValuesChange={(changed) => {
          // A field's error goes once it is edited.
          const names = Object.entries(changed).flatMap(([k, v]) =>
            v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v).map((s) => [k, s]) : [[k]],
          );
          form.setFields(names.map((name) => ({ name, errors: [] })));
        }}
        onFinish={() => void submit()}
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
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item name={['contact', 'name']} label={t('newLead.fields.contactName')} required>
              <Input autoFocus maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['contact', 'title']} label={t('newLead.fields.contactTitle')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name={['contact', 'phone']}
              label={t('newLead.fields.phone')}
              extra={t('newLead.contactHint')}
            >
              <Input inputMode="tel" maxLength={32} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['contact', 'email']} label={t('newLead.fields.email')}>
              <Input inputMode="email" maxLength={254} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['contact', 'wecomId']} label={t('newLead.fields.wecomId')}>
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="name" label={t('newLead.fields.name')} extra={t('newLead.nameHint')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name={['company', 'name']} label={t('newLead.fields.companyName')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['company', 'industry']} label={t('newLead.fields.industry')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={INDUSTRY_IDS.map((i) => ({ value: i, label: t(`industries.${i}`) }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['company', 'registeredCapital']} label={t('newLead.fields.registeredCapital')}>
              <InputNumber<number>
                min={0}
                step={1_000_000}
                style={{ width: '100%' }}
                suffix={t('newLead.yuan')}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['company', 'province']} label={t('newLead.fields.province')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['company', 'city']} label={t('newLead.fields.city')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['source', 'channel']} label={t('newLead.fields.channel')} required>
              <Select options={CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={['source', 'campaign']} label={t('newLead.fields.campaign')}>
              <Input maxLength={200} placeholder={t('newLead.campaignPlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="tags" label={t('newLead.fields.tags')}>
              <Select mode="tags" tokenSeparators={[',', '，', '、']} />
            </Form.Item>
            <Form.Item name="note" label={t('newLead.fields.note')}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>
        <Collapse
          size="small"
          items={[
            {
              key: 'more',
              label: t('newLead.more'),
              forceRender: true,
              children: (
                <Row gutter={12}>
                  <Col {...half}>
                    <Form.Item name={['company', 'employees']} label={t('newLead.fields.employees')}>
                      <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col {...half}>
                    <Form.Item name={['company', 'website']} label={t('newLead.fields.website')}>
                      <Input placeholder="https://" maxLength={500} />
                    </Form.Item>
                  </Col>
                  <Col {...half}>
                    <Form.Item name={['company', 'creditCode']} label={t('newLead.fields.creditCode')}>
                      <Input maxLength={18} />
                    </Form.Item>
                  </Col>
                  <Col {...half}>
                    <Form.Item name="externalId" label={t('newLead.fields.externalId')}>
                      <Input maxLength={128} />
                    </Form.Item>
                  </Col>
                  <Col {...half}>
                    <Form.Item name={['behaviour', 'dwellSeconds']} label={t('newLead.fields.dwellSeconds')}>
                      <InputNumber<number> min={0} style={{ width: '100%' }} suffix={t('newLead.seconds')} />
                    </Form.Item>
                  </Col>
                  <Col {...half}>
                    <Form.Item name={['behaviour', 'pageViews']} label={t('newLead.fields.pageViews')}>
                      <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item name={['behaviour', 'flags']} label={t('newLead.fields.behaviour')}>
                      <Checkbox.Group
                        options={FLAGS.map((f) => ({ value: f, label: t(`newLead.fields.${f}`) }))}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ),
            },
          ]}
        />
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
