// A real SMTP server (the `smtp-server` package) on 127.0.0.1 for tests, as a provider's submission
// port behaves: STARTTLS with a throwaway self-signed certificate, required before authentication,
// and authentication required before mail. Every message is parsed with mailparser.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  /** Who authenticated, and with which method. */
  user: string;
  method: string;
  /** Whether the session had been upgraded to TLS when the message came. */
  secure: boolean;
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpServer {
  port: number;
  /** The certificate, for the client to trust. */
  ca: string;
  messages: ReceivedMail[];
  /** Commands the server saw before TLS, as (verb) — to show nothing was sent in clear. */
  clearCommands: string[];
  close(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1 and localhost, made with openssl for this test run only. */
function throwawayCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), "smtp-cert-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "key.pem"), "utf8"), cert: readFileSync(join(dir, "cert.pem"), "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startSmtpServer(users: Record<string, string>): Promise<SmtpServer> {
  const { key, cert } = throwawayCertificate();
  const messages: ReceivedMail[] = [];
  const clearCommands: string[] = [];
  const server = new SMTPServer({
    key,
    cert,
    secure: false,
    // Like a provider's port 587: no AUTH before STARTTLS, no mail without AUTH.
    allowInsecureAuth: false,
    authOptional: false,
    authMethods: ["PLAIN", "LOGIN"],
    logger: false,
    onConnect(_session, callback) {
      callback();
    },
    onAuth(auth, session, callback) {
      if (!session.secure) clearCommands.push("AUTH");
      if (users[auth.username ?? ""] !== undefined && users[auth.username ?? ""] === auth.password)
        return callback(null, { user: auth.username });
      callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        void simpleParser(raw).then((parsed) => {
          messages.push({
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            user: String(session.user ?? ""),
            method: session.transmissionType,
            secure: session.secure,
            raw,
            parsed,
          });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    ca: cert,
    messages,
    clearCommands,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
