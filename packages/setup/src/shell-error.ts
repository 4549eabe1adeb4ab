// Why a shell on the node failed: the host showed another key, the key was refused, the connection could not be
// made, or it went away under a command (the node rebooted or ended, the network dropped).
export type NodeShellFailure = 'host-key' | 'auth' | 'connect' | 'lost';

export class NodeShellError extends Error {
  constructor(
    message: string,
    readonly reason: NodeShellFailure,
  ) {
    super(message);
    this.name = 'NodeShellError';
  }
}
