import { Alert, Button, Card, Divider, Flex, Form, Input, Layout, Typography } from 'antd';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Credentials } from '../api/session';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoAccounts';

export interface LoginViewProps {
  onSubmit: (values: Credentials) => void;
  submitting?: boolean;
  /** An already translated error message, shown above the form. */
  error?: string | null;
  showDemo?: boolean;
}

/** The login screen. Presentational: the page wires it to the API. */
export function LoginView({ onSubmit, submitting, error, showDemo = true }: LoginViewProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Credentials>();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Flex justify="space-between" align="center" style={{ padding: '12px 16px' }}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('app.name')}
        </Typography.Text>
        <LanguageSwitch size="small" />
      </Flex>
      <Flex justify="center" align="flex-start" style={{ padding: '5vh 12px 24px' }}>
        <Card style={{ width: '100%', maxWidth: 400 }}>
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
          <Form<Credentials>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => onSubmit({ email: values.email.trim(), password: values.password })}
            disabled={submitting}
          >
            <Form.Item
              name="email"
              label={t('login.email')}
              rules={[
                { required: true, whitespace: true, message: t('login.emailRequired') },
                { type: 'email', message: t('login.emailInvalid') },
              ]}
            >
              <Input
                prefix={<MailOutlined />}
                placeholder={t('login.emailPlaceholder')}
                autoComplete="username"
                inputMode="email"
                autoFocus
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
              {t('login.submit')}
            </Button>
          </Form>
          {showDemo && (
            <>
              <Divider plain>{t('login.demo.title')}</Divider>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('login.demo.hint', { password: DEMO_PASSWORD })}
              </Typography.Paragraph>
              <Flex vertical gap={2} data-testid="demo-accounts">
                {DEMO_ACCOUNTS.map((a) => (
                  <Button
                    key={a.email}
                    type="text"
                    size="small"
                    style={{ justifyContent: 'space-between', display: 'flex' }}
                    onClick={() => form.setFieldsValue({ email: a.email, password: DEMO_PASSWORD })}
                  >
                    <span>{a.email}</span>
                    <Typography.Text type="secondary">{t(`roles.${a.role}`)}</Typography.Text>
                  </Button>
                ))}
              </Flex>
            </>
          )}
        </Card>
      </Flex>
    </Layout>
  );
}
