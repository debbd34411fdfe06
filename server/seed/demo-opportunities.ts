// Demo opportunities with months of history (stages, closed won/lost deals, signals, payment cycles)
// so the forecast, calibration and reports pages have content on first start (F1–F7).
import type { AppContext } from '../context';

export async function seedDemoOpportunities(_ctx: AppContext): Promise<void> {
  // filled by the forecast work
}
