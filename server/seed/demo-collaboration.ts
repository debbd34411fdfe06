// Demo requirement forms, delivery assessments, pre-check tickets and a frozen opportunity under
// review, on top of the demo opportunities (C1–C6).
import type { AppContext } from '../context';

export async function seedDemoCollaboration(_ctx: AppContext): Promise<void> {
  // filled by the collaboration work
}
