import { mountContenteditable } from './editors/contenteditable';
import { messengerPage } from './shell';

void messengerPage('contenteditable', mountContenteditable);
