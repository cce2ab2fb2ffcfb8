/**
 * The gallery's copy buttons: shown only when this script runs, each copies its snippet
 * field and says so in a status line; where the clipboard is refused, the field's text is
 * left selected for the reader to copy.
 */
import { isTheme, snippetWithTheme } from '../embed/themes.ts';

const MESSAGES = {
  copied: 'Code copié.',
  selected: 'Le code est sélectionné\u202f: copiez-le avec Ctrl+C (⌘+C sur Mac).',
} as const;

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const id = button.dataset.copy ?? '';
  const field = document.getElementById(id);
  const status = document.querySelector<HTMLElement>(`[data-copy-status="${CSS.escape(id)}"]`);
  if (!(field instanceof HTMLTextAreaElement)) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      if (status) status.textContent = MESSAGES.copied;
    } catch {
      if (status) status.textContent = MESSAGES.selected;
    }
  });
}

/*
 * The theme choices: shown only when this script runs, each sets `?theme=` in its snippet
 * field's embed address.
 */
for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-theme-for]')) {
  const field = document.getElementById(fieldset.dataset.themeFor ?? '');
  if (!(field instanceof HTMLTextAreaElement)) continue;
  fieldset.hidden = false;
  fieldset.addEventListener('change', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.checked && isTheme(input.value)) field.value = snippetWithTheme(field.value, input.value);
  });
}
