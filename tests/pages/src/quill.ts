import { mountQuill } from './editors/quill';
import { messengerPage } from './shell';

void messengerPage('quill', mountQuill);
