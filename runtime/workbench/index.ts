// Public surface of runtime/workbench: the rep's single page (W1, W2, C7) and its cards.
export { WorkbenchPage } from './WorkbenchPage';
export { QueueList, type QueueListProps } from './QueueList';
export { BattleReportCards, type BattleReportCardsProps } from './BattleReportCards';
export { ChatPastePanel } from './ChatPastePanel';
export { SuggestionList } from './SuggestionList';
export { QuickActions, type ActionKey } from './QuickActions';
export {
  mergeData,
  pickRequirementTemplate,
  workbenchKeys,
  type QueueItem,
  type BattleCard,
  type ChatSuggestion,
} from './api';
