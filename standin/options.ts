// How a test or the demo sets up the stand-in.
import type { FaultOptions } from "./faults.js";
import type { PublicRepository } from "./public-repos.js";
import type { ProjectSpec } from "./projects.js";

export interface StandInOptions {
  owner?: string;
  repo?: string;
  /** The support repository is private (nothing of it may appear on a surface the desk serves). */
  private?: boolean;
  appSlug?: string;
  installationId?: number;
  /** Files served by the contents API (config, issue form), by path. */
  files?: Record<string, string>;
  webhookSecret: string;
  /** Where the app receives webhooks; can be set later with `deliverTo`. */
  webhookUrl?: string;
  /** Collaborator roles by login (admin, maintain, write, triage, read, or a custom role's name). */
  roles?: Record<string, string>;
  /** The base permission of custom roles, by role name (GitHub reports both). */
  customRoles?: Record<string, "read" | "triage" | "write" | "maintain" | "admin">;
  /**
   * Pace writes like GitHub's secondary limits: content writes at least 1 s apart, comment
   * creation 3 s apart. A request that comes too early is refused (403 with retry-after) and counted.
   */
  pacing?: boolean;
  /** GitHub's content-creation limits, lowered for a test that must reach them quickly (default: GitHub's 80/min, 500/h). */
  writeLimits?: { perMinute: number; perHour: number };
  /**
   * The points a minute per endpoint: GitHub's (900 REST, 2,000 GraphQL) by default, higher for a
   * test that compresses hours into seconds as `writeLimits` does (COMPRESSED_POINT_LIMITS). The
   * requests in flight (100) are always GitHub's.
   */
  pointLimits?: { restPerMinute: number; graphqlPerMinute: number; windowMs?: number };
  /**
   * The clock that stamps issues and comments (the test's clock, so the app and GitHub agree on
   * time). Without it, the real one, as GitHub's: an app on the real clock then agrees with it
   * (store.ts `steadyClock` is for a test whose app runs at a fixed time).
   */
  now?: () => Date;
  /** The app's id and private key (GitHub checks the app's JWTs with its public key); a fresh key by default. */
  appId?: number;
  appPrivateKey?: string;
  /** How long installation tokens live (GitHub: one hour). */
  tokenLifetimeMs?: number;
  /**
   * Other public repositories that exist (repository challenges, ownership evidence): a name, or
   * who owns it, its organisation's public members, its committers and former names. Anything else is 404.
   */
  repositories?: (string | PublicRepository)[];
  /** When people's GitHub accounts were created, by login (GET /users/{login}); 2020-01-01 otherwise. */
  accountsCreated?: Record<string, string>;
  /** Refuse deleting comments (403), as when the installation lacks the permission: the app must fall back. */
  refuseCommentDeletion?: boolean;
  /** An organisation's Project (v2) with a status field (the desk keeps its cases there). */
  project?: ProjectSpec;
  /** Inject faults into the app's requests (seeded, so a run can be repeated). */
  faults?: FaultOptions;
}
