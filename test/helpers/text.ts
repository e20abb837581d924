/** A reply as people see it: without the app's hidden marker. */
export const visibleText = (body: unknown): string => String(body).replace(/\n\n<!-- recovery-triage:reply .*? -->$/, "");
