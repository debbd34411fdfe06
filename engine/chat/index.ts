export { extractChat } from './extract';
export { parseChat } from './parse-chat';
export { parseCnNumber } from './cn-number';
export { findAmounts } from './amounts';
export { findDates, localDate } from './dates';
export { findPeople } from './people';
export { findPhones, findCompanies } from './contacts';
export { findSystems } from './systems';
export type { ChatLine, ExtractOptions, Suggestion, SuggestionField, SuggestionSource } from './types';
