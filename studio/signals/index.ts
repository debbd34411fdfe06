export { SignalModelEditor } from './SignalModelEditor';
