// The requests the demo replays. The first is the seed request (user `jbber`) as the form renders it.
/* eslint max-len: ["error", { "code": 140, "ignoreTemplateLiterals": true }] -- real requests' prose, kept verbatim */
const boxes = (codes: boolean, conduct: boolean, ack: boolean) => `### Recovery Codes

- [${codes ? "x" : " "}] I never generated or have lost access to the recovery codes for my account

### Code of Conduct

- [${conduct ? "x" : " "}] I agree to follow the PSF Code of Conduct

### Acknowledgement

- [${ack ? "x" : " "}] I understand that it may take a significant amount of time to process my account recovery request.`;

export const JBBER_REQUEST = `### PyPI Username

jbber

### Reason for request

Hello,

I lost access to the 2FA authentication app. However, I still have access to my email address I registered my PyPI account with.

I have 8 recovery codes, but they don't seem to work, as I get an error message when trying a couple of them in the "Login using recovery codes" page. Each time, the error message says "Invalid recovery code." Certainly I must have renewed the recovery codes at some point and foolishly forgot to save the new ones.

Therefore I'm completely stuck outside my account. Is there a way to recover access to it?

${boxes(true, true, true)}`;

export const INVALID_REQUEST = `### PyPI Username

sam.k@example.com

### Reason for request

My phone was stolen and the authenticator app was on it.

${boxes(true, true, false)}`;

export const FIXED_REQUEST = `### PyPI Username

\`sam-k\`

### Reason for request

My phone was stolen and the authenticator app was on it.

${boxes(true, true, true)}`;
