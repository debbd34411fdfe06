// The workbench moved to runtime/workbench (W1); this re-export keeps old imports working.
export { WorkbenchPage } from '../workbench/WorkbenchPage';
