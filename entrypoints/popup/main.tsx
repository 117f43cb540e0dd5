import { createRoot } from 'react-dom/client';
import { ClientContext } from '../../components/common/app-client';
import { createBrowserClient } from '../../components/common/browser-client';
// Card, checklist and theme styles are shared with the in-page overlay; hosts import them.
import '../../components/overlay/finding-card.css';
import '../../components/overlay/overlay.css';
import '../../components/common/theme.css';
import '../../components/popup/popup.css';
import { Popup } from '../../components/popup/Popup';

createRoot(document.getElementById('root')!).render(
  <ClientContext.Provider value={createBrowserClient()}>
    <Popup />
  </ClientContext.Provider>,
);
