// A tiny SMTP server on 127.0.0.1 that records what it receives.
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";

export interface SmtpSink {
  port: number;
  messages: { from: string; to: string; data: string; auth: string | null }[];
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SmtpSink["messages"] = [];
  const server: Server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    let current = { from: "", to: "", data: "", auth: null as string | null };
    socket.write("220 sink ready\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString();
      let end: number;
      while ((end = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            messages.push(current);
            current = { from: "", to: "", data: "", auth: current.auth };
            socket.write("250 queued\r\n");
          } else current.data += `${line}\n`;
          continue;
        }
        if (line.startsWith("EHLO")) socket.write("250-sink\r\n250 AUTH PLAIN\r\n");
        else if (line.startsWith("AUTH PLAIN ")) {
          current.auth = Buffer.from(line.slice(11), "base64").toString();
          socket.write("235 ok\r\n");
        } else if (line.startsWith("MAIL FROM:")) {
          current.from = line.slice(10);
          socket.write("250 ok\r\n");
        } else if (line.startsWith("RCPT TO:")) {
          current.to = line.slice(8);
          socket.write("250 ok\r\n");
        } else if (line === "DATA") {
          inData = true;
          socket.write("354 go on\r\n");
        } else if (line === "QUIT") {
          socket.write("221 bye\r\n");
          socket.end();
        } else socket.write("500 what\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
