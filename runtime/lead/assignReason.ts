// The assignment reason as stored by the engine ("round_robin after <id>; route manufacturing_team")
// turned into a sentence in the UI language; rep ids become "the previous rep".
import type { TFunction } from 'i18next';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const PARTS: [RegExp, (t: TFunction, m: RegExpMatchArray) => string][] = [
  [/^round_robin first$/, (t) => t('assignReason.roundRobinFirst')],
  [/^round_robin after /, (t) => t('assignReason.roundRobinAfter')],
  [/^weighted/, (t) => t('assignReason.weighted')],
  [/^least_loaded \((\d+) open leads\)$/, (t, m) => t('assignReason.leastLoaded', { count: Number(m[1]) })],
  [/^route (\S+) has no available rep$/, (t, m) => t('assignReason.routeEmpty', { route: m[1] })],
  [/^route (\S+)$/, (t, m) => t('assignReason.route', { route: m[1] })],
  [/^fallback any_rep$/, (t) => t('assignReason.fallbackAny')],
  [/^fallback pool$/, (t) => t('assignReason.fallbackPool')],
  [/^no route matched$/, (t) => t('assignReason.noRoute')],
  [/^no reps$/, (t) => t('assignReason.noReps')],
  [/^no available rep/, (t) => t('assignReason.noneAvailable')],
  [/^existing customer \(same company name\): same owner$/, (t) => t('assignReason.sameCompany')],
  [/^existing customer: same owner$/, (t) => t('assignReason.sameCustomer')],
  [/^no published assignment policy/, (t) => t('assignReason.noPolicy')],
  [
    /^the (contact details|company name) match (\d+) customers/,
    (t, m) => t('assignReason.ambiguous', { count: Number(m[2]) }),
  ],
];

/** A readable, translated reason; unknown parts are shown as they are, without ids. */
export function describeAssignReason(t: TFunction, reason: string): string {
  return reason
    .split('; ')
    .map((part) => {
      for (const [re, say] of PARTS) {
        const m = part.match(re);
        if (m) return say(t, m);
      }
      return part.replace(UUID, t('assignReason.someRep'));
    })
    .join(t('assignReason.separator'));
}
