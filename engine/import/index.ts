// Public surface of engine/import: pure column mapping and cell coercion for CSV/Excel lead imports (L1).
export { IMPORT_FIELDS, importField, importFieldInfo, type ImportField, type ImportKind } from './fields';
export { suggestMapping, checkMapping, headerKey, type ColumnMapping, type MappingIssue } from './suggest';
export {
  coerceCell,
  parseMoney,
  parseDuration,
  parseEnum,
  headerMoneyUnit,
  headerDurationUnit,
  type Cell,
  type Coerced,
} from './coerce';
export { mapRow, explainErrors, type MappedRow, type MapOptions, type RowIssue } from './map-row';
