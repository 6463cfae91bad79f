// Entry point: mounts the app with its dialog provider, or in a walk-up signer's window (its preload installs
// window.handOver, never window.signer) the hand-over app. Styles come in here, so the CSP needs no inline CSS.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isHandOverWindow } from './api/bridge';
import { DialogProvider } from './dialogs/DialogProvider';
import { HandOverApp } from './handover/HandOverApp';
// In cascade order: media.css comes last so its overrides win.
import './styles/base.css';
import './styles/forms.css';
import './styles/screens.css';
import './styles/package-view.css';
import './styles/dialogs.css';
import './styles/media.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <DialogProvider>{isHandOverWindow() ? <HandOverApp /> : <App />}</DialogProvider>
  </StrictMode>,
);
