// The `rasd` command line. Each command lives in its own file and registers
// itself on the program; this file only wires them together.
import { Command } from "commander";
import { registerAnalyze } from "./analyze.js";
import { registerNer } from "./ner.js";
import { registerCorpusCommands } from "./corpus.js";
import { registerServe } from "./serve.js";
import { registerBench } from "./bench.js";

const program = new Command();
program
  .name("rasd")
  .description("Arabic diplomatic news → structured, searchable record")
  .version("0.1.0")
  .showHelpAfterError()
  .exitOverride((err) => {
    // commander usage errors exit 2; --help and --version exit 0.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

registerAnalyze(program);
registerNer(program);
registerCorpusCommands(program);
registerServe(program);
registerBench(program);

await program.parseAsync(process.argv);
