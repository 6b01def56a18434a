// Entity key → English name, so events and statements (whose participant
// records carry only the Arabic name) can show the English one beside it.
// Built lazily from the store's entity list and dropped after every write.
import type { EventParticipant, Store, StoredEvent, StoredStatement } from "../store/index.js";
import type { ApiEvent, ApiStatement, ParticipantRef } from "./api-types.js";

const PAGE = 1000;
/** Entities read at most; English names come from the gazetteer, a bounded set, and it sorts first by article count. */
const MAX_ENTITIES = 50_000;

export class EnglishNames {
  private map: Promise<Map<string, string>> | null = null;

  constructor(private readonly store: Store) {}

  invalidate(): void {
    this.map = null;
  }

  private load(): Promise<Map<string, string>> {
    this.map ??= (async () => {
      const map = new Map<string, string>();
      for (let offset = 0; offset < MAX_ENTITIES; offset += PAGE) {
        const page = await this.store.entities({ limit: PAGE, offset });
        for (const e of page.items) if (e.name_en) map.set(e.key, e.name_en);
        if (offset + PAGE >= page.total || page.items.length === 0) break;
      }
      return map;
    })().catch((err: unknown) => {
      this.map = null;
      throw err;
    });
    return this.map;
  }

  async ref(p: EventParticipant): Promise<ParticipantRef>;
  async ref(p: EventParticipant | null): Promise<ParticipantRef | null>;
  async ref(p: EventParticipant | null): Promise<ParticipantRef | null> {
    if (!p) return null;
    const known = (p as ParticipantRef).name_en;
    if (known !== undefined) return p;
    const map = await this.load();
    return { ...p, name_en: map.get(p.key) ?? null };
  }

  async refs(ps: EventParticipant[]): Promise<ParticipantRef[]> {
    return Promise.all(ps.map((p) => this.ref(p)));
  }

  async lookup(key: string): Promise<string | null> {
    return (await this.load()).get(key) ?? null;
  }

  async event(ev: StoredEvent): Promise<ApiEvent> {
    return { ...ev, participants: await this.refs(ev.participants), initiator: await this.ref(ev.initiator), place: await this.ref(ev.place) };
  }

  async statement(s: StoredStatement): Promise<ApiStatement> {
    return { ...s, speaker: await this.ref(s.speaker), speakers: await this.refs(s.speakers) };
  }
}
