// Public surface of runtime/opportunities: the collaboration pages and views (MISSION.md C1–C6).
export { OpportunitiesPage } from './OpportunitiesPage';
export { OpportunityDetailPage } from './OpportunityDetailPage';
export { TicketsInboxPage } from './TicketsInboxPage';
export { ReviewsPage } from './ReviewsPage';
export { DistortionReportPage } from './DistortionReportPage';
export { ConvertToOpportunityButton } from './ConvertToOpportunityButton';
export { GateChecklist } from './GateChecklist';
export { DualTrackView } from './DualTrackView';
export { RequirementDiffView } from './RequirementDiffView';
export { TicketCard } from './TicketCard';
export { DistortionReport } from './DistortionReport';
