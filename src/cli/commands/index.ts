import type { Command } from 'commander';
import type { OpenContext } from '../context-factory.js';
import { registerDemo } from './demo.js';
import { registerEnforcement } from './enforcement.js';
import { registerFlaggers } from './flaggers.js';
import { registerHashes } from './hashes.js';
import { registerImport } from './import.js';
import { registerKeys } from './keys.js';
import { registerLedger } from './ledger.js';
import { registerMigrate } from './migrate.js';
import { registerRules } from './rules.js';
import { registerRulesTest } from './rules-test.js';
import { registerScreen } from './screen.js';
import { registerStatements } from './statements.js';
import { registerUsers } from './users.js';

// One line per command file; keep alphabetical to avoid merge noise.
export function registerCommands(program: Command, open: OpenContext): void {
  registerDemo(program, open);
  registerEnforcement(program, open);
  registerFlaggers(program, open);
  registerHashes(program, open);
  registerImport(program, open);
  registerKeys(program, open);
  registerLedger(program, open);
  registerMigrate(program, open);
  registerRules(program, open);
  registerRulesTest(program);
  registerScreen(program);
  registerStatements(program, open);
  registerUsers(program, open);
}
