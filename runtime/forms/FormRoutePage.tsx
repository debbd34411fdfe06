import { useParams } from 'react-router';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { FormSubmissionPage } from './FormSubmissionPage';

/** `/forms/:templateId/:subjectId`: a form about a lead or opportunity, full page (W3). */
export function FormRoutePage() {
  const { templateId = '', subjectId = '' } = useParams();
  const session = useSession();
  const mayWrite = can(session, 'opportunities:edit') || can(session, 'opportunities:assess');
  return (
    <div style={{ padding: 'clamp(8px, 3vw, 24px)', minWidth: 0 }}>
      <FormSubmissionPage templateId={templateId} subjectId={subjectId} readOnly={!mayWrite} />
    </div>
  );
}
