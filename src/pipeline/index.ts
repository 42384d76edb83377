export { checkPaths, checkRoot, projectDiagnostics, type CheckResult, type CheckedDocument, type DocumentCheck } from './check.js';
export { runProject, type ProjectResult, type ProjectOptions } from './project.js';
export type { DocumentOutcome } from './process.js';
