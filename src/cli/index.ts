#!/usr/bin/env node
import { runCli } from './main.js';
import { commands } from './registry.js';

process.exitCode = await runCli(process.argv.slice(2), commands);
