// Entry point when the CLI runs from source (see bin/pymem.js).
import { main } from './main.js';

process.exitCode = await main(process.argv);
