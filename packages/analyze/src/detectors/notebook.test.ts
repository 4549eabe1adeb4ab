import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { memoryRepo } from '@envboot/git-source';
import { detect } from './index.js';
import { courseFact, notebookCode, notebookDetector } from './notebook.js';

const nb = (...cells: Array<[string, string]>) =>
  JSON.stringify(
    {
      cells: cells.map(([cell_type, source]) => ({ cell_type, source: source.split(/(?<=\n)/) })),
      nbformat: 4,
    },
    null,
    1,
  );

describe('notebooks', () => {
  it('joins code cells only', () => {
    const warnings: string[] = [];
    const warn = (file: string, reason: string) => warnings.push(`${file}: ${reason}`);
    expect(notebookCode(nb(['markdown', '# import torch\n'], ['code', 'x = 1\n']), 'a.ipynb', warn)).toBe(
      'x = 1\n',
    );
    expect(notebookCode('not json', 'b.ipynb', warn)).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/^b\.ipynb: not valid JSON: /)]);
  });

  it('reads a notebook that says no GPU is needed, its GPU cells an aside', async () => {
    const facts = await factsOf(notebookDetector, {
      'nbs/topics.ipynb': nb(
        [
          'markdown',
          'GPU usage is not required for this course, but if you have one the PyTorch cells run faster.\n',
        ],
        ['code', 'import torch\nv = torch.Tensor(x).cuda()\n'],
      ),
    });
    expect(ofType(facts, 'gpu').map((g) => [g.requirement, g.ev.rule])).toContainEqual([
      'none',
      'nb.cpu-only',
    ]);
  });

  it('reads the Python a notebook last ran on, only from a Python kernel', async () => {
    const withMeta = (metadata: object) => JSON.stringify({ cells: [], metadata, nbformat: 4 }, null, 1);
    const facts = await factsOf(notebookDetector, {
      'a.ipynb': withMeta({
        kernelspec: { language: 'python', name: 'python2' },
        language_info: { name: 'python', version: '2.7.6' },
      }),
      'b.ipynb': withMeta({ kernelspec: { display_name: 'Python 2', language: 'python', name: 'python2' } }),
      'c.ipynb': withMeta({
        kernelspec: { language: 'R', name: 'ir' },
        language_info: { name: 'R', version: '4.1.0' },
      }),
    });
    expect(ofType(facts, 'runtime').map((r) => [r.ev.file, r.version, r.ev.rule])).toEqual([
      ['a.ipynb', '2.7', 'nb.python-version'],
      ['b.ipynb', '2.7', 'nb.python-version'],
    ]);
  });

  it('reads !pip and %pip install lines as packages, and imports and .cuda() in code cells', async () => {
    const facts = await factsOf(notebookDetector, {
      'work.ipynb': nb(
        ['code', '!pip install -q transformers==4.35.0 "datasets>=2"\n%pip install torch\n'],
        ['code', 'import torch\nmodel.cuda()\n'],
      ),
    });
    const pkgs = ofType(facts, 'package');
    expect(pkgs.filter((p) => p.ev.rule === 'nb.pip').map((p) => [p.name, p.version])).toEqual([
      ['transformers', '4.35.0'],
      ['datasets', '>=2'],
      ['torch', null],
    ]);
    expect(pkgs.filter((p) => p.ev.rule === 'nb.imports').map((p) => p.name)).toEqual(['torch']);
    expect(ofType(facts, 'gpu')).toEqual([
      expect.objectContaining({
        requirement: 'required',
        ev: expect.objectContaining({ rule: 'code.cuda-default', file: 'work.ipynb' }),
      }),
    ]);
  });

  it('skips checkpoints and notebooks under examples/', async () => {
    const facts = await factsOf(notebookDetector, {
      '.ipynb_checkpoints/a-checkpoint.ipynb': nb(['code', 'import torch\n']),
      'examples/demo.ipynb': nb(['code', 'import torch\n']),
    });
    expect(facts).toEqual([]);
  });

  it("reports each notebook's kernel language, and the repository's languages count notebooks as it", async () => {
    const rNotebook = JSON.stringify({
      cells: [{ cell_type: 'code', source: ['library(ggplot2)\n'] }],
      metadata: { kernelspec: { name: 'ir', display_name: 'R', language: 'R' } },
    });
    const julia = JSON.stringify({ cells: [], metadata: { language_info: { name: 'julia' } } });
    const found = await detect(memoryRepo({ 'a.ipynb': rNotebook, 'b.ipynb': rNotebook, 'c.ipynb': julia }), [
      notebookDetector,
    ]);
    expect(ofType(found.facts, 'notebook-kernel').map((k) => [k.language, k.ev.rule])).toEqual([
      ['R', 'nb.kernel'],
      ['R', 'nb.kernel'],
      ['Julia', 'nb.kernel'],
    ]);
    expect(found.languages.map((l) => l.name)).toEqual(['R']);
    // Jupyter runs them with the language's kernel package.
    const kernels = ofType(found.facts, 'package').filter((p) => p.ev.rule === 'nb.kernel-package');
    expect(kernels.map((p) => [p.ecosystem, p.name, p.ev.rule])).toEqual([
      ['cran', 'IRkernel', 'nb.kernel-package'],
      ['cran', 'IRkernel', 'nb.kernel-package'],
      ['julia', 'IJulia', 'nb.kernel-package'],
    ]);
  });

  it("reads the language from the kernel's name when the notebook states no language (Colab)", async () => {
    const colab = (kernelspec: object) => JSON.stringify({ cells: [], metadata: { kernelspec } });
    const found = await detect(
      memoryRepo({
        'a.ipynb': colab({ name: 'python3', display_name: 'Python 3' }),
        'b.ipynb': colab({ name: 'ir', display_name: 'R' }),
        'c.ipynb': colab({ name: 'custom', display_name: 'Julia 1.9.3' }),
        'd.ipynb': colab({ name: '.net-csharp', display_name: '.NET (C#)' }),
        'e.ipynb': colab({ name: 'mykernel', display_name: 'My kernel' }),
      }),
      [notebookDetector],
    );
    expect(ofType(found.facts, 'notebook-kernel').map((k) => k.language)).toEqual([
      'Python',
      'R',
      'Julia',
      'C#',
    ]);
  });

  it('reads two or more numbered notebooks as a course, whose frameworks run on a CPU', () => {
    expect(courseFact(['01_intro.ipynb', '10_keras.ipynb', 'extra.ipynb'])).toMatchObject({
      type: 'gpu-hint',
      ev: { rule: 'nb.course', file: '01_intro.ipynb' },
    });
    expect(courseFact(['lessons/lesson1.ipynb', 'lessons/lesson2.ipynb'])).not.toBeNull();
    expect(courseFact(['01_intro.ipynb', 'train.ipynb'])).toBeNull();
  });

  it('reads nbformat 3 notebooks: the cells of their worksheets and the language the cells name', async () => {
    const v3 = JSON.stringify({
      metadata: { name: '', signature: 'sha256:x' },
      nbformat: 3,
      worksheets: [{ cells: [{ cell_type: 'code', language: 'python', input: ['import pandas as pd\n'] }] }],
    });
    const found = await detect(memoryRepo({ 'ch01.ipynb': v3 }), [notebookDetector]);
    expect(ofType(found.facts, 'notebook-kernel').map((k) => k.language)).toEqual(['Python']);
    expect(ofType(found.facts, 'package').map((p) => p.name)).toContain('pandas');
    expect(notebookCode(v3, 'ch01.ipynb', () => {})).toBe('import pandas as pd\n');
  });

  it("reads a Colab GPU runtime as a hint and a notebook's statement that a GPU is needed as a requirement", async () => {
    const colab = JSON.stringify({
      cells: [{ cell_type: 'code', source: ['import torch\n'] }],
      metadata: { accelerator: 'GPU', colab: { provenance: [] } },
      nbformat: 4,
    });
    const hinted = await factsOf(notebookDetector, { 'lab2/Part2.ipynb': colab });
    expect(ofType(hinted, 'gpu-hint').map((h) => h.ev.rule)).toEqual(['nb.accelerator']);
    const said = await factsOf(notebookDetector, {
      '01_intro.ipynb': nb(
        [
          'markdown',
          "To do nearly everything in this book, you'll need access to a computer with an NVIDIA GPU.\n",
        ],
        ['code', 'from fastai.vision.all import *\n'],
      ),
    });
    expect(ofType(said, 'gpu').map((g) => [g.requirement, g.ev.rule])).toEqual([
      ['required', 'nb.gpu-required'],
    ]);
    const none = await factsOf(notebookDetector, {
      'a.ipynb': nb(['markdown', 'No GPU needed: it runs on a laptop.\n'], ['code', 'x = 1\n']),
    });
    expect(ofType(none, 'gpu')).toEqual([]);
  });
});
