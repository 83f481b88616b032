import { TerraformCommandError } from '../../src/terraform';

describe('TerraformCommandError', () => {
  it('names the step, exit code, folder and the tail of the output in its message', () => {
    const error = new TerraformCommandError('plan', '/srv/project/stacks/x', 1, 'line 1\nError: boom');
    expect(error.message).toBe('terraform plan failed (exit 1) in /srv/project/stacks/x:\n  line 1\n  Error: boom');
  });

  it.each([
    ['plain output', 'Initializing...\nError: Failed to query available provider packages\n\nmore'],
    ['output drawn in a box', '╷\n│ Error: Failed to query available provider packages\n│\n│ detail\n╵'],
  ])('gives a one-line brief without the folder, from %s', (_kind, output) => {
    const error = new TerraformCommandError('init', '/srv/project/stacks/x', 1, output);
    expect(error.brief).toBe('terraform init failed (exit 1): Failed to query available provider packages');
  });

  it('gives the step and exit code alone when terraform printed no error line', () => {
    expect(new TerraformCommandError('show', '/srv/project/stacks/x', 2, 'panic').brief).toBe('terraform show failed (exit 2)');
  });
});
