/*
 * Camunda Forms (form-js 1.8.7 in Tasklist 7.24) write their validation messages, and a select's and a search's
 * placeholder, in English, with no way to configure them. The known ones are shown in Danish: each one is replaced
 * where form-js puts it, whenever it appears.
 */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Feltet skal udfyldes.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Skriv mindst ${n} tegn.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Skriv højst ${n} tegn.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Værdien skal være mindst ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Værdien må højst være ${n}.`],
  [/^Field must match pattern .+\.$/, () => 'Feltet er ikke udfyldt i den form, der står i feltets beskrivelse.'],
  [/^Field must be a valid email\.$/, () => 'Skriv en gyldig e-mailadresse.'],
  [/^Field must be a valid +international phone number\..*$/, () => 'Skriv et gyldigt telefonnummer med landekode (f.eks. +4549282828).'],
  [/^Value is not a number\.$/, () => 'Værdien er ikke et tal.'],
  [/^Value is expected to be an integer\.$/, () => 'Værdien skal være et helt tal.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (n) => `Værdien må højst have ${n} decimaler.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Vælg en gyldig værdi; de to nærmeste er ${a} og ${b}.`],
  [/^Date and time must both be entered\.$/, () => 'Skriv både dato og klokkeslæt.']
];

function danish(text) {
  for (const [english, translation] of MESSAGES) {
    const match = english.exec(text.trim());
    if (match) {
      return translation(...match.slice(1));
    }
  }
  return null;
}

/** Changes the text node form-js rendered, rather than replacing it, so that form-js can still update it. */
function replaceText(element, text) {
  const node = element.firstChild;
  if (node && node.nodeType === Node.TEXT_NODE && node.data !== text) {
    node.data = text;
  }
}

function translate(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach((item) => {
    const translation = danish(item.textContent);
    if (translation) {
      replaceText(item, translation);
    }
  });
  root.querySelectorAll('.fjs-select-placeholder').forEach((placeholder) => {
    if (placeholder.textContent === 'Select') {
      replaceText(placeholder, 'Vælg');
    }
  });
  root.querySelectorAll('.fjs-container input[placeholder="Search"]').forEach((search) => {
    search.placeholder = 'Søg';
  });
}

new MutationObserver(() => translate(document.body)).observe(document.body, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder']
});
