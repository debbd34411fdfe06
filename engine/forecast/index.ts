/**
 * Public surface of engine/forecast (MISSION F1–F7): pure, deterministic forecasting maths.
 * Time is always passed in (ms since epoch); nothing here reads the clock or does I/O.
 *
 * Typical use (server/app side):
 *   const { score, contributions } = dealScore(model, presentSignalIds);            // F1/F2
 *   const rates = bandedWinRates(closedHistory, model.banding, now);                 // F3
 *   const p = winProbability(score, rates);          // {value, band, n, interval}   // F3
 *   const curve = fitSurvival(ageObservations);      // closed + still-open (censored) deals
 *   const pay = paymentAdjustment(model.payment, customerHistory, termsDays);       // F6
 *   const nb = newBusinessAllowance(runRateDeals, now, horizonDays, lookbackDays);
 *   const f = forecastPeriod({ period, now, openDeals, wonSoFar, rates, timing: curve,
 *                              newBusiness: nb.amount, health: model.health });      // F4
 *   brierScore / calibrationTable / forecastError / calibrationFlag                  // F5/F7
 *   stageBaseline(openDeals, stagePercent, wonSoFar)  // comparison method only
 */
export type {
  Band,
  BandingView,
  CalibrationPolicyView,
  HealthPolicyView,
  PaymentRuleView,
  PaymentStepView,
  SignalModelView,
  SignalWeightView,
} from './types';
export { dealScore, bandOf, allBands, type DealScore, type SignalContribution } from './score';
export {
  bandedWinRates,
  winProbability,
  monthsBefore,
  type BandRate,
  type BandingOptions,
  type ClosedDealScore,
  type WinProbability,
} from './banding';
export { betaCdf, betaQuantile, betaInterval } from './beta';
export {
  fitSurvival,
  survivalAt,
  wonIncidenceAt,
  closeInPeriodProbability,
  daysBetween,
  newBusinessAllowance,
  type AgeObservation,
  type SurvivalCurve,
  type RunRateDeal,
  type NewBusinessAllowance,
} from './timing';
export {
  paymentAdjustment,
  averagePaymentDays,
  type PaymentAdjustment,
  type CustomerPaymentHistory,
} from './payment';
export {
  forecastPeriod,
  type Forecast,
  type ForecastDeal,
  type ForecastDealInput,
  type ForecastInput,
  type CompositionPart,
} from './forecast';
export {
  brierScore,
  calibrationTable,
  forecastError,
  calibrationFlag,
  type CalibrationRow,
  type CalibrationFlag,
} from './calibration';
export { stageBaseline, stageWinRates, type StageBaseline, type StageDeal } from './stage';
export { quarterMonthLift, monthOfQuarter, dailyLift } from './seasonality';
