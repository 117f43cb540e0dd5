import { mountTiptap } from './editors/tiptap';
import { messengerPage } from './shell';

void messengerPage('prosemirror', mountTiptap);
