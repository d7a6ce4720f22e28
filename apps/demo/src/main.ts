// Entry point of the page: mounts the app and exposes a read-only handle for the browser test.
import './styles.css';
import { mountApp, type DemoHandle } from './app.js';

declare global {
  interface Window {
    pymemDemo?: DemoHandle;
  }
}

window.pymemDemo = mountApp(document.getElementById('app')!);
