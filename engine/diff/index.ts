// S3 readable diffs between artefact versions (pure).
export { diffArtifacts, type DiffChange, type DiffEntry, type I18nLabel } from './diff';
export { logicText } from './logic-text';
