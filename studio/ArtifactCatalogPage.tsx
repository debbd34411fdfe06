import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ArtifactList, canEditKind, useArtifacts, useSession } from '../runtime';

/** `/studio`: every artefact, grouped by kind. */
export function ArtifactCatalogPage() {
  const { t } = useTranslation();
  const session = useSession();
  const artifacts = useArtifacts();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('studio.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('studio.intro')}</Typography.Paragraph>
      {artifacts.isError ? (
        <Alert type="error" showIcon title={t('artifacts.loadError')} description={artifacts.error.message} />
      ) : (
        <ArtifactList
          items={artifacts.data ?? []}
          loading={artifacts.isPending}
          canEdit={(kind) => canEditKind(session, kind)}
        />
      )}
    </>
  );
}
