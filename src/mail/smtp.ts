// Sending the verification email for `recovery-triage code --send`, through nodemailer: STARTTLS
// on submission ports (587, 25: required — a relay that cannot upgrade is refused rather than
// given the password in clear), implicit TLS for `smtps://` (465), AUTH PLAIN/LOGIN as the server
// offers, a Message-ID and proper MIME encoding.
import { isIP } from "node:net";
import nodemailer from "nodemailer";
import type { CodeEmail } from "../domain/verification/email.js";

export interface Mail extends CodeEmail {
  from: string;
  to: string;
}

export interface MailOptions {
  /** Extra trust for a private relay's certificate (PEM), e.g. in tests or behind a company CA. */
  ca?: string;
}

const ADDRESS = /^[^\s<>@"]+@[^\s<>@"]+$/;

/** The transport for an `smtp://` or `smtps://` URL (`smtp://user:password@host:587`). */
export function transportFor(smtpUrl: string, options: MailOptions = {}) {
  const url = new URL(smtpUrl);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") throw new Error("SMTP_URL must start with smtp:// or smtps://");
  const secure = url.protocol === "smtps:";
  return nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port) || (secure ? 465 : 587),
    secure,
    // Without implicit TLS, the connection must be upgraded before anything (the password) is sent.
    requireTLS: !secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    // SNI takes host names only (RFC 6066), never an IP address.
    tls: { ...(isIP(url.hostname) ? {} : { servername: url.hostname }), ...(options.ca ? { ca: options.ca } : {}) },
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}

export async function sendMail(smtpUrl: string, mail: Mail, options: MailOptions = {}): Promise<string> {
  for (const address of [mail.from, mail.to]) if (!ADDRESS.test(address)) throw new Error(`not an email address: ${address}`);
  const transport = transportFor(smtpUrl, options);
  try {
    const info = await transport.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text });
    return info.messageId;
  } finally {
    transport.close();
  }
}
