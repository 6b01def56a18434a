// Every error leaves the server as JSON {error, message, statusCode}: the
// status's reason phrase, a sentence a person can act on, and the status.
import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { QueryError } from "../search/compile.js";

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export interface ErrorBody {
  error: string;
  message: string;
  statusCode: number;
}

export function errorBody(statusCode: number, message: string): ErrorBody {
  return { error: STATUS_CODES[statusCode] ?? "Error", message, statusCode };
}

export const errorSchema = {
  type: "object",
  properties: {
    error: { type: "string" },
    message: { type: "string" },
    statusCode: { type: "integer" },
  },
  required: ["error", "message", "statusCode"],
} as const;

/** Rewrites Fastify's own error messages (validation, body size, media type) into plain sentences. */
function describe(err: FastifyError, bodyLimit: number): string {
  if (err.validation && err.validationContext) {
    const parts = err.validation.map((v) => {
      const where = `${err.validationContext}${v.instancePath ? v.instancePath.replace(/\//g, ".") : ""}`;
      if (v.keyword === "additionalProperties") {
        return `unknown parameter "${String(v.params.additionalProperty)}" in ${where}`;
      }
      return `${where} ${v.message ?? "is invalid"}`;
    });
    return parts.join("; ");
  }
  switch (err.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return `request body is larger than the limit of ${bodyLimit} bytes`;
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "unsupported content type: send application/json or application/x-ndjson (JSON Lines)";
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return "request body is empty";
    default:
      return err.message;
  }
}

export function installErrorHandlers(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err: FastifyError, request, reply: FastifyReply) => {
    // A query with nothing searchable left (only operators, quotes, stop words) is the client's to fix.
    if (err instanceof QueryError) return reply.status(400).send(errorBody(400, `query: ${err.message}`));
    const statusCode = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (err instanceof HttpError) reply.headers(err.headers);
    if (statusCode >= 500) {
      request.log.error({ err }, "request failed");
      // Internal details (SQL, stack) stay in the log, not in the answer.
      return reply.status(statusCode).send(errorBody(statusCode, "internal error; see the server log"));
    }
    return reply.status(statusCode).send(errorBody(statusCode, describe(err, bodyLimit)));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody(404, `no route for ${request.method} ${request.url.split("?")[0]}`));
  });
}
