import { mountSlate } from './editors/slate';
import { messengerPage } from './shell';

void messengerPage('slate', mountSlate);
