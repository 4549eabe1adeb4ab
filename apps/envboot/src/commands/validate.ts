// envboot validate: check an envelope against the schemas and pass it on unchanged.
import { OUTPUT_OPTIONS, COMMON_GROUP } from '@envboot/core/cli';
import type { ToolDefinition } from './tool.js';

export const validateTool: ToolDefinition = {
  name: 'validate',
  summary: 'Check that an envelope follows schemas/envelope.json and print it unchanged',
  options: {
    kind: { type: 'string', describe: 'Also require this kind (capacity, lease, …)' },
    ...OUTPUT_OPTIONS,
  },
  positionals: { file: { type: 'string', describe: 'A file holding the envelope (default: stdin)' } },
  command: (host) => ({
    command: 'validate [file]',
    describe: validateTool.summary,
    builder: (y) =>
      y
        .usage(
          '$0 validate [file] [options]\n\nReads one envelope (from FILE or stdin), checks it against schemas/envelope.json and the schema ' +
            'of its kind, and prints it unchanged. A valid envelope exits with its own code (0 when ok); an invalid one gives an ' +
            'INVALID_INPUT envelope and exit 2.',
        )
        .positional('file', validateTool.positionals!.file!)
        .options(validateTool.options)
        .group(Object.keys(OUTPUT_OPTIONS), COMMON_GROUP)
        .conflicts('json', 'pretty')
        .example('envboot capacity --site sim | envboot validate', 'check what capacity printed')
        .example('envboot validate saved.json --kind lease', 'check a saved lease envelope'),
    handler: async (args) => {
      if (host.usageFailed) return;
      const { runValidate } = await import('./validate-run.js');
      host.setExit(await runValidate(args as never, host.io));
    },
  }),
};
