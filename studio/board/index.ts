export { BoardPolicyEditor } from './BoardPolicyEditor';
