// Entry point of the page: mounts the app and exposes a read-only handle for the browser test.
import './styles.css';
import { installBufferShim } from './bufferShim.js';
import { mountApp, type DemoHandle } from './app.js';

declare global {
  interface Window {
    pymemDemo?: DemoHandle;
  }
}

installBufferShim();
window.pymemDemo = mountApp(document.getElementById('app')!);
