/** The simulator's default port (docs/simulator.md). */
export const SIM_DEFAULT_PORT = 8788;
