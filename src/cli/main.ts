#!/usr/bin/env node
// dipgraph's command line: `npm run -s dipgraph -- <command> [options]`.
import { parseArgs } from 'node:util';
import { COMMANDS } from './commands/index.js';
import { UsageError } from './command.js';
import { StoreError } from '../store/store.js';

const TOP_HELP = `dipgraph — who said what to whom, from diplomatic news, with the sentence it came from.

Usage: dipgraph <command> [options]     (from a checkout: npm run -s dipgraph -- <command>)

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(14)} ${c.summary}`).join('\n')}

Stores: the embedded graph file (default data/store/graph.json, --store PATH) unless
--neo4j URI or NEO4J_URI selects Neo4j (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).

Run \`dipgraph <command> --help\` for a command's options and examples.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(TOP_HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`dipgraph: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. See dipgraph --help.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (err) {
    console.error(`dipgraph ${name}: ${(err as Error).message}. See dipgraph ${name} --help.`);
    return 2;
  }
  try {
    return await command.run({ positionals: parsed.positionals, values: parsed.values as Record<string, string | boolean | string[] | undefined> });
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`dipgraph ${name}: ${err.message}`);
      return 2;
    }
    if (err instanceof StoreError) {
      console.error(`dipgraph ${name}: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
