/**
 * The contagion engine's schema entry: scenario files. `parseScenarioFile` reads JSON text and
 * `validateScenarioFile` an object already in memory; both run the zod schema and every cross-reference
 * check and throw a ScenarioError listing each problem with its field. Importing this entry loads zod;
 * the core entry (`./index.ts`) never does.
 */
export {
  parseScenarioFile,
  scenarioFileSchema,
  userScenarioFileSchema,
  validateScenarioFile,
  type ParseOptions,
  type ScenarioFile,
  type ScenarioFileMitigation,
  type UserScenarioFile,
} from './scenario-file.ts';
