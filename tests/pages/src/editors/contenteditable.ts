import type { MountEditor } from '../shell';

export const mountContenteditable: MountEditor = (host, send) => {
  const box = document.createElement('div');
  box.className = 'box';
  box.contentEditable = 'true';
  box.setAttribute('role', 'textbox');
  box.setAttribute('aria-multiline', 'true');
  box.setAttribute('aria-label', 'Message');
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
  host.append(box);
  return {
    // The DOM is this editor's only model; innerText is the browser's own reading of it.
    modelText: () => box.innerText.replace(/\n$/, ''),
    clear: () => {
      box.textContent = '';
    },
    focus: () => box.focus(),
  };
};
