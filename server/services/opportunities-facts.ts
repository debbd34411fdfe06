// Everything the stage gates judge about one opportunity (C1, C3, C4): the requirement form's
// three elements and completeness, the pre-assessment, the pre-check tickets and the milestones.
import { asc, eq } from 'drizzle-orm';
import type { FormEvaluation } from '../../engine/forms';
import { evaluateForm } from '../../engine/forms';
import type { FormTemplate } from '../../schemas';
import { elementStatus, type GateFacts } from '../../engine/gates';
import type { AppContext } from '../context';
import type { Tx } from '../db/client';
import { preCheckTickets } from '../db/schema';
import { findSubmission, valueErrors, type SubmissionRow } from './opportunities-forms';
import { publishedForm, type OpportunityRow, type PublishedForm } from './opportunities-store';

type DbLike = AppContext['db'] | Tx;

/** Without a requirement form no element can be recorded: each one is missing. */
const NO_FORM: FormTemplate = {
  purpose: 'requirements',
  title: { zh: '', en: '' },
  sections: [],
  triggers: [],
};

export interface FormState {
  form: PublishedForm | null;
  submission: SubmissionRow | null;
  evaluation: FormEvaluation | null;
}

export async function formState(
  db: DbLike,
  templateId: string | null,
  subjectId: string,
): Promise<FormState> {
  const form = templateId ? await publishedForm(db, { id: templateId }) : null;
  const submission = await findSubmission(db, templateId, subjectId);
  const evaluation = form ? evaluateForm(form.content, submission?.data ?? {}) : null;
  return { form, submission, evaluation };
}

export interface OpportunityFacts {
  facts: GateFacts;
  requirements: FormState;
  assessment: FormState;
  tickets: (typeof preCheckTickets.$inferSelect)[];
}

export async function gatherFacts(db: DbLike, opp: OpportunityRow): Promise<OpportunityFacts> {
  const [requirements, assessment, tickets] = await Promise.all([
    formState(db, opp.templateId, opp.id),
    formState(db, opp.assessmentTemplateId, opp.id),
    db
      .select()
      .from(preCheckTickets)
      .where(eq(preCheckTickets.opportunityId, opp.id))
      .orderBy(asc(preCheckTickets.createdAt)),
  ]);
  const reqData = requirements.submission?.data ?? null;
  const facts: GateFacts = {
    requirements: {
      present: !!requirements.submission,
      completeness: requirements.evaluation?.completeness ?? null,
      elements: requirements.form
        ? elementStatus(
            requirements.form.content,
            reqData,
            requirements.evaluation ? valueErrors(requirements.evaluation) : {},
          )
        : elementStatus(NO_FORM, null),
    },
    assessment: {
      present: !!assessment.submission && Object.keys(assessment.submission.data).length > 0,
      completeness: assessment.evaluation?.completeness ?? null,
    },
    tickets: tickets.map((t) => ({ id: t.id, title: t.title, verdict: t.verdict })),
    tracks: opp.tracks,
    opportunity: {
      stage: opp.stage,
      amount: opp.amount,
      industry: opp.industry,
      expectedClose: opp.expectedClose,
      frozen: opp.frozen,
      ...opp.data,
    },
  };
  return { facts, requirements, assessment, tickets };
}
