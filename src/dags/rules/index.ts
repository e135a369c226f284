import type { DagRule } from '../context.js';
import { ignoredArgument, removedDagArgument, removedOperatorArgument, removedContextKey, removedTriggerRule } from './airflow3-arguments.js';
import { removedAttribute } from './airflow3-attributes.js';
import { deprecatedInAirflow3, removedInAirflow3, suggestedAirflow3Update } from './airflow3-imports.js';
import { branchTargetNotDownstream } from './branch-target.js';
import { dagNeverRegistered } from './dag-never-registered.js';
import { dagIdRedefinedInFile } from './dag-id-redefined.js';
import { moduleLevelExit } from './module-exit.js';
import { requiredParamOnScheduledDag } from './required-param.js';
import { dependencyCycle } from './dependency-cycle.js';
import { duplicateDagId } from './duplicate-dag-id.js';
import { duplicateTaskId } from './duplicate-task-id.js';
import { invalidId } from './invalid-id.js';
import { metadataDbAccess } from './metadata-db-access.js';
import { heavyTopLevelImport, parseTimeNetworkCall, parseTimeVariable } from './parse-time.js';
import { requiredTags, requireOwner } from './policy.js';
import { invalidSchedule, missingSchedule } from './schedule.js';
import { dynamicStartDate, naiveStartDate } from './start-date.js';
import { syntaxError } from './syntax-error.js';
import { unreadableFile } from './unreadable-file.js';
import { undefinedName } from './undefined-name.js';

/** Every lint-dags rule, in documentation order. */
export const dagRules: DagRule[] = [
  syntaxError,
  unreadableFile,
  removedInAirflow3,
  removedDagArgument,
  removedOperatorArgument,
  removedContextKey,
  removedTriggerRule,
  deprecatedInAirflow3,
  suggestedAirflow3Update,
  ignoredArgument,
  removedAttribute,
  undefinedName,
  invalidId,
  duplicateDagId,
  duplicateTaskId,
  dependencyCycle,
  branchTargetNotDownstream,
  dagNeverRegistered,
  missingSchedule,
  invalidSchedule,
  dynamicStartDate,
  naiveStartDate,
  dagIdRedefinedInFile,
  requiredParamOnScheduledDag,
  moduleLevelExit,
  parseTimeVariable,
  parseTimeNetworkCall,
  heavyTopLevelImport,
  metadataDbAccess,
  requiredTags,
  requireOwner,
];
