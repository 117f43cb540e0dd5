import { mountLexical } from './editors/lexical';
import { messengerPage } from './shell';

void messengerPage('lexical', mountLexical);
