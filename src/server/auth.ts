// Writes need `Authorization: Bearer <RASD_TOKEN>`. Without a configured token
// the server is read-only and says so (403), whatever the request carries.
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { HttpError } from "./errors.js";

function digest(s: string): Buffer {
  // Hashing first gives equal-length buffers, so the comparison is constant-time.
  return createHash("sha256").update(s, "utf8").digest();
}

export function requireWriteToken(request: FastifyRequest, token: string | null): void {
  if (token === null) {
    throw new HttpError(403, "this server is read-only: start it with RASD_TOKEN set to enable writes");
  }
  const header = request.headers.authorization ?? "";
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const challenge = { "www-authenticate": 'Bearer realm="rasd"' };
  if (!m) throw new HttpError(401, "writes need the header Authorization: Bearer <RASD_TOKEN>", challenge);
  if (!timingSafeEqual(digest(m[1]), digest(token))) throw new HttpError(401, "invalid bearer token", challenge);
}
