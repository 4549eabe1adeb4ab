// envboot completion: print the shell completion script. The script calls back `--get-yargs-completions`, which
// main.ts answers before yargs parses anything.
import type { ToolDefinition } from './tool.js';

export const completionTool: ToolDefinition = {
  name: 'completion',
  summary: 'Print the shell completion script for bash or zsh',
  options: {},
  positionals: {
    shell: {
      type: 'string',
      choices: ['bash', 'zsh'],
      describe: 'bash or zsh (default: zsh if $SHELL is zsh, else bash)',
    },
  },
  command: (host) => ({
    command: 'completion [shell]',
    describe: completionTool.summary,
    builder: (y) =>
      y
        .usage(
          '$0 completion [bash|zsh]\n\nPrints a script that completes commands, flags, sites, node types, provision run ids and ' +
            'lease names for envboot and its single-step commands (capacity, api-1, …). Completing never calls the cloud: node ' +
            'types and lease names come from what earlier commands printed ($XDG_CACHE_HOME/envboot/completion.json), run ids ' +
            'from $XDG_STATE_HOME/envboot/runs.',
        )
        .positional('shell', completionTool.positionals!.shell!)
        .example(
          'envboot completion bash > ~/.local/share/bash-completion/completions/envboot',
          'install for bash (new shells complete envboot, capacity, …)',
        )
        .example("echo 'source <(envboot completion zsh)' >> ~/.zshrc", 'install for zsh, after compinit')
        .example('envboot capacity --node-type <TAB>', 'then: the node types seen at the site so far'),
    handler: async (args) => {
      if (host.usageFailed) return;
      const { printScript } = await import('../completion/run.js');
      host.setExit(printScript(args.shell as 'bash' | 'zsh' | undefined, host.io));
    },
  }),
};
