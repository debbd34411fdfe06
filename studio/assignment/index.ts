export { AssignmentPolicyEditor } from './AssignmentPolicyEditor';
