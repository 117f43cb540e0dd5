import type { MountEditor } from '../shell';

export const mountTextarea: MountEditor = (host, send) => {
  const field = document.createElement('textarea');
  field.rows = 2;
  field.placeholder = 'Write a message';
  field.setAttribute('aria-label', 'Message');
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
  host.append(field);
  return {
    modelText: () => field.value,
    clear: () => {
      field.value = '';
    },
    focus: () => field.focus(),
  };
};
