import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useArtifacts } from '../api';
import { ArtifactList } from '../artifacts/ArtifactList';
import { canEditKind, relevantKinds, seesOthersLeads } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { ManagerHomePage } from './ManagerHomePage';

/** `/home`: managers and directors get their war room; the configuring roles their artefacts. */
export function RoleHomePage() {
  return seesOthersLeads(useSession()) ? <ManagerHomePage /> : <ArtifactsHome />;
}

/** Home of the roles that configure rather than sell (delivery, consultant, finance, admin). */
function ArtifactsHome() {
  const { t } = useTranslation();
  const session = useSession();
  const artifacts = useArtifacts();
  const kinds = relevantKinds(session);
  const items = (artifacts.data ?? []).filter((a) => kinds.includes(a.kind));
  const role = session.user.role;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.title', { role: t(`roles.${role}`) })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t(`home.intro.${role}`)}</Typography.Paragraph>
      <Typography.Title level={5}>{t('home.artifactsTitle')}</Typography.Title>
      {artifacts.isError ? (
        <Alert type="error" showIcon title={t('artifacts.loadError')} description={artifacts.error.message} />
      ) : (
        <ArtifactList
          items={items}
          loading={artifacts.isPending}
          canEdit={(kind) => canEditKind(session, kind)}
        />
      )}
    </>
  );
}
