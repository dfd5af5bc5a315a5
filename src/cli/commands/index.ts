import type { Command } from 'commander';

// One line per command file; keep alphabetical to avoid merge noise.
export function registerCommands(program: Command): void {
  void program;
}
