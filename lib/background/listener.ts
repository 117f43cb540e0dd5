import type { Browser } from 'wxt/browser';
import { isAllowedSender, parseMessage, type SenderIdentity } from '../messages';
import type { Handle } from './handlers';

/**
 * The runtime.onMessage listener: validates, checks the sender, answers through sendResponse.
 * Anything malformed or from a sender that may not ask is ignored (no answer at all), so a page
 * cannot even learn that the log exists.
 */
export function createMessageListener(handle: Handle, self: () => SenderIdentity) {
  return (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void): true | undefined => {
    const msg = parseMessage(raw);
    if (!msg || !isAllowedSender(msg, sender, self())) return undefined;
    void handle(msg).then(sendResponse);
    return true;
  };
}
