import { mountDraftjs } from './editors/draftjs';
import { messengerPage } from './shell';

void messengerPage('draftjs', mountDraftjs);
