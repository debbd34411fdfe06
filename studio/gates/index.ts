export { StageGatesEditor } from './StageGatesEditor';
