// Forecasting on evidence in the app (F1–F6): the signals panel embedded in opportunity pages,
// the forecast dashboard and the calibration page.
export { SignalsPanel } from './SignalsPanel';
export { SignalsPanelView } from './SignalsPanelView';
export { ProbabilityTag } from './ProbabilityTag';
export { ForecastPage } from './ForecastPage';
export { CalibrationPage } from './CalibrationPage';
