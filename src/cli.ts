// The agent-guard CLI. Placeholder until the CLI lands.
process.stdout.write('agent-guard\n');
