// Shell scripts as the shell reads them: one command per line, continuation lines (a trailing backslash) joined,
// comments dropped, and the script's own variables (APT_INSTALL="apt-get install -y", CUDA_VERSION=11.8) expanded in
// the lines after they are set (and in the values of later ones). A variable the script does not set stays as written.

export interface CommandLine {
  /** The line the command starts on (1-based). */
  line: number;
  text: string;
}

export function scriptLines(text: string): CommandLine[] {
  const out: CommandLine[] = [];
  const vars = new Map<string, string>();
  let start = 0;
  let joined = '';
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!joined) start = i + 1;
    joined += raw.replace(/\\\s*$/, ' ');
    if (/\\\s*$/.test(raw)) return;
    const line = joined.trim();
    joined = '';
    if (!line || line.startsWith('#')) return;
    // $VAR, ${VAR}, and ${VAR:-default} (the default when the script has not set it).
    const expand = (s: string) =>
      s.replace(
        /\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g,
        (all, a: string | undefined, fallback: string | undefined, b: string | undefined) =>
          vars.get((a ?? b)!) ?? (fallback !== undefined ? fallback.replace(/^(["'])(.*)\1$/, '$2') : all),
      );
    const assign = /^(?:export\s+)?([A-Za-z_]\w*)=(?:"([^"]*)"|'([^']*)'|(\S*))$/.exec(line);
    // A value is expanded when it is set, as the shell does (CMD="$LAUNCHER train.py" holds the launcher's value).
    if (assign) vars.set(assign[1]!, assign[3] ?? expand(assign[2] ?? assign[4] ?? ''));
    out.push({ line: start, text: expand(line) });
  });
  return out;
}
