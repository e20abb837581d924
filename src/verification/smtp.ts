// A minimal SMTP client for `recovery-triage code --send`: one message, plain SMTP or SMTPS,
// optional AUTH PLAIN from the URL (`smtps://user:password@host:465`). Enough for a relay;
// no dependency for a feature most desks will use from their own mail client.
import { connect as tcpConnect, type Socket } from "node:net";
import { connect as tlsConnect } from "node:tls";

export interface Mail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

const TIMEOUT_MS = 15_000;

export async function sendMail(smtpUrl: string, mail: Mail): Promise<void> {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  if (!secure && url.protocol !== "smtp:") throw new Error("SMTP_URL must start with smtp:// or smtps://");
  for (const address of [mail.from, mail.to]) if (!/^[^\s<>@]+@[^\s<>@]+$/.test(address)) throw new Error(`not an email address: ${address}`);
  const port = Number(url.port) || (secure ? 465 : 25);
  const socket: Socket = secure ? tlsConnect({ host: url.hostname, port, servername: url.hostname }) : tcpConnect({ host: url.hostname, port });
  socket.setTimeout(TIMEOUT_MS, () => socket.destroy(new Error("SMTP server timed out")));
  const replies = replyReader(socket);
  try {
    await replies.expect(220);
    await command(socket, replies, "EHLO recovery-triage", 250);
    if (url.username) {
      const token = Buffer.from(`\u0000${decodeURIComponent(url.username)}\u0000${decodeURIComponent(url.password)}`).toString("base64");
      await command(socket, replies, `AUTH PLAIN ${token}`, 235);
    }
    await command(socket, replies, `MAIL FROM:<${mail.from}>`, 250);
    await command(socket, replies, `RCPT TO:<${mail.to}>`, 250);
    await command(socket, replies, "DATA", 354);
    await command(socket, replies, `${message(mail)}\r\n.`, 250);
    await command(socket, replies, "QUIT", 221);
  } finally {
    socket.end();
  }
}

function message(mail: Mail): string {
  const headers = [
    `From: <${mail.from}>`,
    `To: <${mail.to}>`,
    `Subject: ${mail.subject.replace(/[\r\n]/g, " ")}`,
    `Date: ${new Date().toUTCString()}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
  ];
  // Dot-stuffing: a line that starts with "." must not end the message early.
  const body = mail.text.replace(/\r?\n/g, "\r\n").replace(/^\./gm, "..");
  return `${headers.join("\r\n")}\r\n\r\n${body}`;
}

async function command(socket: Socket, replies: ReturnType<typeof replyReader>, line: string, code: number): Promise<void> {
  socket.write(`${line}\r\n`);
  await replies.expect(code);
}

/** Reads SMTP replies (multi-line replies end with `NNN ` rather than `NNN-`). */
function replyReader(socket: Socket) {
  let buffer = "";
  const waiting: ((reply: string) => void)[] = [];
  const ready: string[] = [];
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure = error;
    for (const w of waiting.splice(0)) w("");
  };
  socket.on("error", fail);
  socket.on("close", () => fail(new Error("SMTP connection closed")));
  socket.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    let end: number;
    while ((end = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (/^\d{3}-/.test(line)) continue;
      const next = waiting.shift();
      if (next) next(line);
      else ready.push(line);
    }
  });
  return {
    async expect(code: number): Promise<void> {
      const line = ready.shift() ?? (await new Promise<string>((resolve) => (failure ? resolve("") : waiting.push(resolve))));
      if (failure && !line) throw failure;
      if (!line.startsWith(String(code))) throw new Error(`SMTP server answered "${line.slice(0, 120)}" (expected ${code})`);
    },
  };
}
