/** Semantic checks of the artefacts that read the opportunity: signal model and stage gates. */
import type { LogicField } from '../logic/fields';
import {
  at,
  checkRuleAt,
  idSet,
  itemName,
  knownRef,
  listAt,
  numAt,
  objAt,
  strAt,
  uniqueIds,
  type Issue,
} from './common';

export function checkSignalModel(content: unknown, opportunity: readonly LogicField[]): Issue[] {
  const signals = listAt(content, 'signals');
  const issues = uniqueIds(signals, '/signals', 'signal');
  signals.forEach((s, i) => {
    const when = at(objAt(s, 'detection'), 'when');
    issues.push(...checkRuleAt(when, `/signals/${i}/detection/when`, itemName('signal', s, i), opportunity));
  });
  const health = objAt(content, 'health');
  const [strong, weak] = [numAt(health, 'strongScore'), numAt(health, 'weakScore')];
  if (strong !== undefined && weak !== undefined && strong <= weak) {
    issues.push({
      path: '/health/strongScore',
      message: `strongScore (${strong}) must be greater than weakScore (${weak})`,
    });
  }
  return issues;
}

export function checkStageGates(content: unknown, opportunity: readonly LogicField[]): Issue[] {
  const stages = listAt(content, 'stages');
  const gates = listAt(content, 'gates');
  const tracks = objAt(content, 'tracks');
  const sales = listAt(tracks, 'sales');
  const delivery = listAt(tracks, 'delivery');
  const issues = [
    ...uniqueIds(stages, '/stages', 'stage'),
    ...uniqueIds(gates, '/gates', 'gate'),
    ...uniqueIds(sales, '/tracks/sales', 'sales milestone'),
    ...uniqueIds(delivery, '/tracks/delivery', 'delivery milestone'),
    ...uniqueIds(listAt(content, 'alignment'), '/alignment', 'alignment pair'),
  ];
  const stageIds = idSet(stages);
  const milestones = { sales: idSet(sales), delivery: idSet(delivery) };
  issues.push(...knownRef(strAt(content, 'initialStage'), stageIds, '/initialStage', 'stage'));
  issues.push(
    ...knownRef(
      strAt(objAt(content, 'circuitBreaker'), 'atStage'),
      stageIds,
      '/circuitBreaker/atStage',
      'stage',
    ),
  );
  gates.forEach((g, i) => {
    const who = itemName('gate', g, i);
    issues.push(...knownRef(strAt(g, 'to'), stageIds, `/gates/${i}/to`, 'stage', who));
    listAt(g, 'from').forEach((f, j) =>
      issues.push(...knownRef(f, stageIds, `/gates/${i}/from/${j}`, 'stage', who)),
    );
    listAt(g, 'requirements').forEach((r, j) => {
      const path = `/gates/${i}/requirements/${j}`;
      if (strAt(r, 'type') === 'condition')
        issues.push(...checkRuleAt(at(r, 'when'), `${path}/when`, who, opportunity));
      if (strAt(r, 'type') === 'milestone') {
        const track = strAt(r, 'track') === 'delivery' ? 'delivery' : 'sales';
        issues.push(
          ...knownRef(
            strAt(r, 'milestone'),
            milestones[track],
            `${path}/milestone`,
            `${track} milestone`,
            who,
          ),
        );
      }
    });
  });
  listAt(content, 'alignment').forEach((p, i) => {
    issues.push(...knownRef(strAt(p, 'sales'), milestones.sales, `/alignment/${i}/sales`, 'sales milestone'));
    issues.push(
      ...knownRef(
        strAt(p, 'delivery'),
        milestones.delivery,
        `/alignment/${i}/delivery`,
        'delivery milestone',
      ),
    );
    issues.push(...knownRef(strAt(p, 'enforceAtStage'), stageIds, `/alignment/${i}/enforceAtStage`, 'stage'));
  });
  return issues;
}
