// Events (meetings, calls, visits, …), their timeline, and the actor network.
import type { FastifyInstance } from "fastify";
import type { RouteContext } from "../app.js";
import type { EntityType, EventType } from "../../types.js";
import type { Interval } from "../../store/index.js";
import { anyObject, errorResponses, eventsQuery, networkQuery, pageOf, timelineQuery } from "../schemas.js";

interface EventParams {
  actor?: string[];
  type?: EventType[];
  main?: boolean;
  outlet?: string[];
  by_story?: boolean;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

interface TimelineParams extends Omit<EventParams, "limit" | "offset" | "by_story"> {
  interval: Interval;
}

interface NetworkParams {
  type?: EventType[];
  actor?: string;
  node_type?: EntityType[];
  min_weight: number;
  limit: number;
  from?: string;
  to?: string;
}

export function registerEventRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Querystring: EventParams }>(
    "/events",
    {
      schema: {
        summary: "Events with filters: actors, types, date range, outlet; newest first",
        tags: ["events"],
        querystring: eventsQuery,
        response: { 200: pageOf(anyObject), ...errorResponses },
      },
    },
    async (req) => {
      const p = req.query;
      const page = await ctx.store.events({
        actor: p.actor,
        type: p.type,
        mainOnly: p.main,
        outlet: p.outlet,
        byStory: p.by_story,
        from: p.from,
        to: p.to,
        limit: p.limit,
        offset: p.offset,
      });
      return page;
    },
  );

  app.get<{ Querystring: TimelineParams }>(
    "/events/timeline",
    {
      schema: {
        summary: "Event counts by day, ISO week or month (with counts by type and distinct stories)",
        tags: ["events"],
        querystring: timelineQuery,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (req) => {
      const p = req.query;
      const buckets = await ctx.store.timeline({
        interval: p.interval,
        actor: p.actor,
        type: p.type,
        mainOnly: p.main,
        outlet: p.outlet,
        from: p.from,
        to: p.to,
      });
      return { interval: p.interval, from: p.from ?? null, to: p.to ?? null, buckets };
    },
  );

  app.get<{ Querystring: NetworkParams }>(
    "/network",
    {
      schema: {
        summary: "Who met or called whom: nodes (entities) and weighted edges (shared events) in a date range",
        tags: ["events"],
        querystring: networkQuery,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (req) => {
      const p = req.query;
      const net = await ctx.store.network({
        type: p.type,
        actor: p.actor,
        nodeTypes: p.node_type,
        minWeight: p.min_weight,
        limit: p.limit,
        from: p.from,
        to: p.to,
      });
      return { from: p.from ?? null, to: p.to ?? null, ...net };
    },
  );
}
