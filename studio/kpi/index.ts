export { KpiSchemeEditor } from './KpiSchemeEditor';
export { normalise, weightTotal } from './model';
