import { mountCkeditor5 } from './editors/ckeditor5';
import { messengerPage } from './shell';

void messengerPage('ckeditor5', mountCkeditor5);
