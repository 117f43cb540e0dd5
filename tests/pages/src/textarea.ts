import { mountTextarea } from './editors/textarea';
import { messengerPage } from './shell';

void messengerPage('textarea', mountTextarea);
