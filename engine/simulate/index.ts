// S4 simulation: what a draft would change over recent data (pure; the server feeds the data).
export {
  simulateGrading,
  type ClassCounts,
  type GradeChange,
  type GradingSimulation,
  type SimLead,
} from './grading';
export { simulateAssignment, type AssignLead, type AssignmentSimulation, type RepLoad } from './assignment';
