// Attributed statements (by speaker, by words) and agreements.
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../app.js";
import type { AgreementKind } from "../../types.js";
import { agreementsQuery, anyObject, errorResponses, pageOf, statementsQuery } from "../schemas.js";

interface StatementParams {
  speaker?: string;
  q?: string;
  outlet?: string[];
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

interface AgreementParams {
  party?: string;
  kind?: AgreementKind;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export function registerStatementRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Querystring: StatementParams }>(
    "/statements",
    {
      schema: {
        summary: "Statements: who said what, where and when; filter by speaker and by words in the content",
        tags: ["statements"],
        querystring: statementsQuery,
        response: { 200: pageOf(anyObject), ...errorResponses },
      },
    },
    async (req) => ctx.store.statements(req.query),
  );

  app.get<{ Querystring: AgreementParams }>(
    "/agreements",
    {
      schema: {
        summary: "Agreements, consensus and signings, with their parties",
        tags: ["statements"],
        querystring: agreementsQuery,
        response: { 200: pageOf(anyObject), ...errorResponses },
      },
    },
    async (req) => ctx.store.agreements(req.query),
  );
}
