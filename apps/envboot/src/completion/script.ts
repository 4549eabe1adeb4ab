// The scripts `envboot completion bash|zsh` prints. Each asks the command being completed for its candidates
// (`<bin> --get-yargs-completions <words…>`), so one script serves envboot and the single-step bins alike.

/** The bins a person may type: envboot and the single-step ones (package.json's "bin"). */
export const BINS = [
  'envboot',
  'capacity',
  'api-1',
  'lease-create',
  'api-2',
  'lease-status',
  'api-3',
  'lease-delete',
  'api-4',
  'allocate',
  'api-5',
  'launch',
  'api-6',
  'provision',
];

export const SHELLS = ['bash', 'zsh'] as const;
export type Shell = (typeof SHELLS)[number];

const bash = `###-begin-envboot-completions-###
# Completion for envboot and its single-step commands in bash: commands, flags, sites, node types, run ids, leases.
# Install: envboot completion bash > ~/.local/share/bash-completion/completions/envboot
#      or: echo 'source <(envboot completion bash)' >> ~/.bashrc
_envboot_completions() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" IFS=$'\\n'
  [[ $cur == "=" ]] && cur=""
  COMPREPLY=($(compgen -W "$("\${COMP_WORDS[0]}" --get-yargs-completions "\${COMP_WORDS[@]:0:COMP_CWORD+1}" 2>/dev/null)" -- "$cur"))
}
complete -o bashdefault -o default -F _envboot_completions ${BINS.join(' ')}
###-end-envboot-completions-###
`;

const zsh = `#compdef ${BINS.join(' ')}
###-begin-envboot-completions-###
# Completion for envboot and its single-step commands in zsh: commands, flags, sites, node types, run ids, leases.
# Install: envboot completion zsh > "\${fpath[1]}/_envboot"   (then start a new shell)
#      or: echo 'source <(envboot completion zsh)' >> ~/.zshrc   (after compinit)
_envboot() {
  local -a candidates
  local IFS=$'\\n'
  candidates=($(ENVBOOT_COMPLETION_FORMAT=zsh "\${words[1]}" --get-yargs-completions "\${(@)words[1,CURRENT]}" 2>/dev/null))
  if (( \${#candidates} )); then
    _describe 'envboot' candidates
  else
    _files
  fi
}
if [[ "\${funcstack[1]}" == "_envboot" ]]; then
  _envboot "$@"
else
  compdef _envboot ${BINS.join(' ')}
fi
###-end-envboot-completions-###
`;

export function completionScript(shell: Shell): string {
  return shell === 'zsh' ? zsh : bash;
}

/** The shell to write for when none is named: the user's login shell if it is zsh, else bash. */
export function defaultShell(env: NodeJS.ProcessEnv = process.env): Shell {
  return (env.SHELL ?? '').split('/').pop() === 'zsh' ? 'zsh' : 'bash';
}
