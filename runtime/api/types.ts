// UI-side types of the HTTP API. The vocabularies (roles, artefact kinds, channels, statuses)
// come from schemas/, the single source of truth shared with the server.
import type { ArtifactKind, I18nText, LeadChannel, LeadStatus, Role } from '../../schemas';

export { ARTIFACT_KINDS, LEAD_CHANNELS as CHANNELS, LEAD_STATUSES, ROLES } from '../../schemas';
export type { ArtifactKind, I18nText, LeadStatus, Role };
export type Channel = LeadChannel;

export const GRADE_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type GradeClass = (typeof GRADE_CLASSES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  teamName: string | null;
  locale: 'zh-CN' | 'en';
  onDuty: boolean;
}

/** `GET /api/me`: the signed-in user and what they may do. */
export interface Session {
  user: User;
  permissions: string[];
}

export interface GradeHit {
  ruleId: string;
  label: I18nText;
  points: number;
}

export interface Grade {
  class: GradeClass;
  score: number;
  hits: GradeHit[];
  artifact: { id: string; version: number };
}

export interface Lead {
  id: string;
  name: string;
  company: {
    name: string;
    industry?: string;
    province?: string;
    city?: string;
    registeredCapital?: number;
    employees?: number;
  };
  contact: { name?: string; title?: string; phone?: string; email?: string; wecomId?: string };
  source: { channel: Channel | string; campaign?: string };
  behaviour: Record<string, unknown>;
  tags: string[];
  grade: Grade | null;
  ownerId: string | null;
  ownerName: string | null;
  status: LeadStatus;
  customerId: string | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface LeadFilters {
  page?: number;
  pageSize?: number;
  status?: LeadStatus;
  grade?: GradeClass;
  ownerId?: string;
  q?: string;
}

export interface ArtifactSummary {
  id: string;
  kind: ArtifactKind;
  key: string;
  name: I18nText;
  publishedVersion: number | null;
  latestVersion: number;
  updatedAt: string;
}

export type VersionState = 'draft' | 'published' | 'retired';

export interface ArtifactVersion {
  version: number;
  state: VersionState;
  note: string | null;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
  publishedAt: string | null;
}

export interface ArtifactDetail extends ArtifactSummary {
  content: unknown;
  versions?: ArtifactVersion[];
}

export interface FieldError {
  path: string;
  message: string;
}
