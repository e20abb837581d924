import { createRequire as bundleRequire } from 'node:module';
const require = bundleRequire(import.meta.url);

// src/domain/evidence/names.ts
var PROJECT_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9])?$/;
var REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9._-]{1,100})$/;
var WORKFLOW = /^[A-Za-z0-9._-]{1,90}\.ya?ml$/;
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function projectName(value) {
  return typeof value === "string" && PROJECT_NAME.test(value) ? value : null;
}
function repositoryName(value) {
  if (typeof value !== "string") return null;
  const match = REPOSITORY.exec(value.replace(/\.git$/i, ""));
  if (!match || match[2] === "." || match[2] === "..") return null;
  return `${match[1]}/${match[2]}`;
}
function workflowName(value) {
  return typeof value === "string" && WORKFLOW.test(value) ? value : null;
}
function repositoryInUrl(value) {
  if (typeof value !== "string" || value.length > 500) return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.hostname.toLowerCase() !== "github.com" && url.hostname.toLowerCase() !== "www.github.com") return null;
  if (url.username || url.password || url.port && url.port !== "443") return null;
  const [owner, name] = url.pathname.split("/").filter(Boolean);
  return owner && name ? repositoryName(`${owner}/${name}`) : null;
}
function isoDate(value) {
  if (typeof value !== "string" || value.length > 40) return null;
  const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

export {
  isRecord,
  projectName,
  repositoryName,
  workflowName,
  repositoryInUrl,
  isoDate
};
