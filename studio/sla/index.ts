export { SlaPolicyEditor } from './SlaPolicyEditor';
export { joinIso, splitIso } from './duration';
