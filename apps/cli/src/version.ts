// The version printed by `pymem --version`, read from the CLI's package.json at build time.
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
