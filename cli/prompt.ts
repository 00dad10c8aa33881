/**
 * Questions on the terminal, for interactive commands (`createsuperuser`). One readline
 * interface for the whole conversation: answers typed ahead, or piped in all at once
 * (`printf 'admin\n…' | onefile createsuperuser`), are kept in order instead of lost between
 * questions. On a terminal, hidden answers (passwords) are not echoed.
 */
import { createInterface } from "node:readline";
import { Writable } from "node:stream";

/** Thrown when the person presses Ctrl-C or the input ends before an answer. */
export class PromptCancelled extends Error {
  override name = "PromptCancelled";
  constructor() {
    super("Operation cancelled.");
  }
}

/** Asks questions and reads the answers, one line each. */
export interface Prompter {
  /** Writes `question` and resolves with the line typed (without its newline). */
  ask(question: string): Promise<string>;
  /** As `ask`, but what is typed is not shown (on a terminal). */
  askHidden(question: string): Promise<string>;
  close(): void;
}

/**
 * A prompter on `input`/`output` (the process's stdin and stdout by default).
 *
 * @example
 * ```ts
 * const prompter = createPrompter();
 * const name = await prompter.ask("Username: ");
 * const password = await prompter.askHidden("Password: ");
 * prompter.close();
 * ```
 */
export function createPrompter(input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin, output: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout): Prompter {
  const terminal = Boolean(input.isTTY && output.isTTY);
  let muted = false;
  // readline echoes keystrokes (and redraws the line) through its output: muting that stream
  // hides a password while readline still edits the line (backspace works).
  const echo = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) output.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input, output: echo, terminal });
  const lines = rl[Symbol.asyncIterator]();
  let cancel: (() => void) | undefined;
  const cancelled = new Promise<never>((_, reject) => {
    cancel = () => reject(new PromptCancelled());
  });
  cancelled.catch(() => {});
  rl.on("SIGINT", () => cancel!());

  async function read(question: string, hidden: boolean): Promise<string> {
    rl.setPrompt(question);
    rl.prompt();
    muted = hidden && terminal;
    try {
      const next = await Promise.race([lines.next(), cancelled]);
      if (next.done) throw new PromptCancelled();
      return next.value;
    } finally {
      if (muted) output.write("\n");
      muted = false;
    }
  }

  return {
    ask: (question) => read(question, false),
    askHidden: (question) => read(question, true),
    close: () => rl.close(),
  };
}
