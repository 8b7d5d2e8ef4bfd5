// The words that tell an event as the answer to another ("رداً على", "in retaliation"), in one list:
// response.ts reads them alone (a toll told after the answer is the attack's), clause-links.ts's
// FOLLOWS with the attack they answer named after them (a later event of its own).
/** "ردا على", as "رداً على" reads in matching form. */
export const RETALIATION_AR: readonly string[] = ['ردا على'];
export const RETALIATION_EN: readonly string[] = ['in retaliation', 'in response'];
