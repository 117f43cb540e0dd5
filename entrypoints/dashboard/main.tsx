import { createRoot } from 'react-dom/client';
import { ClientContext } from '../../components/common/app-client';
import { createBrowserClient } from '../../components/common/browser-client';
// The shared colour theme (.ms-theme) lives with the finding card's styles.
import '../../components/overlay/finding-card.css';
import '../../components/common/theme.css';
import '../../components/dashboard/dashboard.css';
import { Dashboard } from '../../components/dashboard/Dashboard';

createRoot(document.getElementById('root')!).render(
  <ClientContext.Provider value={createBrowserClient()}>
    <Dashboard />
  </ClientContext.Provider>,
);
