// The Big List of Naughty Strings (MIT, test/fixtures/blns.LICENSE): 485 strings that break naive code.
// Loaded with the real fetch at import, before any test stubs it.
const response = await fetch(new URL('../fixtures/blns.json', import.meta.url));
export const naughtyStrings: readonly string[] = await response.json();
