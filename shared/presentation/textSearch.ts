/**
 * The one way a list is searched by what a person types (the problem list, the inventory, the workshop's candidate
 * picker): case and accents do not matter ("resume" finds "Résumé"), and every word typed must appear somewhere in
 * the row's text, in any order ("claims triage" finds "Triage of insurance claims").
 */

/** Text folded for searching: lower case, accents removed, runs of spaces as one. */
export function searchFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en-US')
    .replace(/\s+/g, ' ');
}

/** The words of a query, folded; none for a blank query (which matches everything). */
export function searchWords(query: string): string[] {
  return searchFold(query)
    .split(' ')
    .filter((w) => w !== '');
}

/** True when every word is in the folded text (`searchFold` of the row's fields joined with spaces). */
export function matchesWords(folded: string, words: readonly string[]): boolean {
  for (const w of words) if (!folded.includes(w)) return false;
  return true;
}

/** True when every word of the query appears in one or other of the texts. */
export function matchesSearch(query: string, texts: readonly string[]): boolean {
  const words = searchWords(query);
  return words.length === 0 || matchesWords(searchFold(texts.join(' ')), words);
}
