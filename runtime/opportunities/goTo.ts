// Where a missing gate item is filled: which tab of the opportunity page and which element to focus.
import type { GateMissingItem } from '../api/opportunities';

export type OpportunityTab = 'overview' | 'requirements' | 'assessment' | 'diff';

export function tabFor(m: GateMissingItem): OpportunityTab {
  if (m.kind === 'assessment' || m.type === 'assessment_present') return 'assessment';
  if (m.kind === 'ticket' || m.kind === 'milestone' || m.kind === 'alignment' || m.milestone || m.track)
    return 'overview';
  return 'requirements';
}

/** The DOM anchor of an item: a form field, section, track or the tickets list. */
export function anchorFor(m: GateMissingItem): string[] {
  const field = m.field ?? m.fields?.[0];
  const out: string[] = [];
  if (field)
    out.push(
      `[data-field-key="${field}"]`,
      `[data-field="${field}"]`,
      `#field-${field}`,
      `[name="${field}"]`,
    );
  if (m.section) out.push(`[data-section="${m.section}"]`, `#section-${m.section}`);
  if (m.kind === 'element' && m.id) out.push(`[data-element="${m.id}"]`, `[data-role="${m.id}"]`);
  if (m.kind === 'ticket') out.push('#opportunity-tickets');
  if (m.kind === 'milestone' || m.kind === 'alignment' || m.track)
    out.push(m.track ? `[data-testid="track-${m.track}"]` : '[data-testid="dual-track"]');
  return out;
}

function safeQuery(selector: string): Element | null {
  try {
    return document.querySelector(selector);
  } catch {
    return null;
  }
}

/** Scrolls to (and focuses the first input of) the first anchor found, once the tab has rendered. */
export function scrollToAnchor(selectors: string[], attempts = 10): void {
  if (typeof document === 'undefined') return;
  for (const s of selectors) {
    const el = safeQuery(s);
    if (el) {
      el.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
      const input = el.matches('input,textarea,button,[tabindex]')
        ? el
        : el.querySelector('input,textarea,[role="combobox"],button');
      (input as HTMLElement | null)?.focus?.({ preventScroll: true });
      return;
    }
  }
  if (attempts > 0) setTimeout(() => scrollToAnchor(selectors, attempts - 1), 100);
}
