import { Alert, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { curlExample, jsExample } from './signingExamples';

export interface SecretRevealProps {
  secret: string;
  /** The webhook address; with it, signing examples are shown. */
  url?: string;
  /** Shown instead of the default "copy it now" warning. */
  note?: string;
}

const codeStyle = {
  margin: 0,
  whiteSpace: 'pre',
  overflowX: 'auto' as const,
  fontSize: 12,
  maxWidth: '100%',
};

/** A secret shown exactly once, with a copy button and (for webhooks) how to sign a delivery. */
export function SecretReveal({ secret, url, note }: SecretRevealProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} data-testid="secret-reveal">
      <Alert type="warning" showIcon title={note ?? t('settings.secretOnce')} />
      <Typography.Text
        code
        copyable={{ text: secret }}
        style={{ wordBreak: 'break-all' }}
        data-testid="secret"
      >
        {secret}
      </Typography.Text>
      {url && (
        <>
          <Typography.Text>
            {t('settings.sources.webhookUrl')}{' '}
            <Typography.Text code copyable>
              {url}
            </Typography.Text>
          </Typography.Text>
          <Typography.Text type="secondary">{t('settings.sources.signHelp')}</Typography.Text>
          <Tabs
            size="small"
            items={[
              { key: 'curl', label: 'curl', code: curlExample(url, secret) },
              { key: 'js', label: 'JavaScript (Node 18+)', code: jsExample(url, secret) },
            ].map((x) => ({
              key: x.key,
              label: x.label,
              children: (
                <Typography.Paragraph copyable={{ text: x.code }} style={{ marginBottom: 0 }}>
                  <pre style={codeStyle}>{x.code}</pre>
                </Typography.Paragraph>
              ),
            }))}
          />
        </>
      )}
    </Flex>
  );
}
