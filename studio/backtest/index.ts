// The studio backtest page (F7).
export { BacktestPage } from './BacktestPage';
