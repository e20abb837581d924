// Sending webhooks as GitHub does: signed with the app's webhook secret, each with its own
// delivery id, to one instance after another, and kept so a delivery can be sent again.
import { createHmac, randomUUID } from "node:crypto";

export class WebhookSender {
  /** Every delivery sent (name and payload), to hold them to GitHub's contract. */
  readonly sent: { name: string; payload: Record<string, unknown> }[] = [];
  /** The id of the last delivery sent. */
  lastDelivery: string | null = null;
  private urls: string[];
  private nextUrl = 0;
  private readonly byId = new Map<string, { name: string; body: string }>();
  private readonly inflight = new Set<Promise<void>>();
  private readonly quiet: (() => Promise<void>)[] = [];

  constructor(
    private readonly secret: string,
    url?: string,
  ) {
    this.urls = url ? [url] : [];
  }

  /** Where webhooks go; with several URLs (several app instances) they take turns. */
  deliverTo(urls: string[]): void {
    this.urls = urls;
    this.nextUrl = 0;
  }

  /** Deliveries still to be lost (GitHub failed to deliver them and does not retry on its own). */
  private toLose = 0;

  /** The next `count` deliveries are recorded (and can be redelivered) but never reach the app. */
  /** Webhooks still to be lost (the next ones sent). */
  get losing(): number {
    return this.toLose;
  }

  loseNext(count = 1): void {
    this.toLose += count;
  }

  async send(name: string, payload: Record<string, unknown>): Promise<void> {
    if (this.urls.length === 0) return;
    const body = JSON.stringify(payload);
    const id = randomUUID();
    this.byId.set(id, { name, body });
    this.sent.push({ name, payload: JSON.parse(body) as Record<string, unknown> });
    this.lastDelivery = id;
    if (this.toLose > 0) {
      this.toLose--;
      return;
    }
    await this.post(id, name, body);
  }

  /** Sends a delivery again with the same X-GitHub-Delivery, to the next instance in turn. */
  async redeliver(id: string): Promise<void> {
    const delivery = this.byId.get(id);
    if (!delivery) throw new Error(`no delivery ${id}`);
    await this.post(id, delivery.name, delivery.body);
  }

  /** Something else `settled` must wait for (the app's own work queue, when it answers webhooks early). */
  alsoWaitFor(idle: () => Promise<void>): void {
    this.quiet.push(idle);
  }

  /** Resolves once every webhook sent so far (and any they caused) has been answered and handled. */
  async settled(): Promise<void> {
    do {
      while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
      for (const idle of this.quiet) await idle();
    } while (this.inflight.size > 0);
  }

  private async post(id: string, name: string, body: string): Promise<void> {
    const url = this.urls[this.nextUrl++ % this.urls.length]!;
    const signature = `sha256=${createHmac("sha256", this.secret).update(body).digest("hex")}`;
    const delivery = fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": name,
        "x-github-delivery": id,
        "x-hub-signature-256": signature,
      },
      body,
    }).then(
      async (res) => void (await res.text()),
      () => undefined,
    );
    this.inflight.add(delivery);
    void delivery.finally(() => this.inflight.delete(delivery));
    await delivery;
  }
}
