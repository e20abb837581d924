import { createRequire as bundleRequire } from 'node:module';
const require = bundleRequire(import.meta.url);
import {
  sigstoreSigner,
  sigstoreTrust,
  verifiedIdentity
} from "./chunk-ZS5SAHBT.mjs";
import "./chunk-4KTVUBRI.mjs";
import "./chunk-CG553XRR.mjs";
export {
  sigstoreSigner,
  sigstoreTrust,
  verifiedIdentity
};
