// Greetings carried in person (ونقل X إلى الرئيس Y تحيات الرئيس Z، الذي نقل إليه تحيات Z) are a message
// from Z to Y, as the contract lists greetings under `message`; the carrier's own greetings (نقل تحياته
// إلى Y) and those he is asked to carry (طلب منه نقل تحياته) are none. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published: "2025-06-10" }));
}

/** Each message as "sender > recipient" (last words). */
function messages(a: Analysis): string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.filter((e) => e.type === "message").map((e) => e.participants.map((id) => byId.get(id)!.split(" ").pop()).join(" > "));
}

describe("greetings carried in person", () => {
  it("ونقل X إلى الرئيس Y تحيات الرئيس Z: from Z to Y", () => {
    const a = analyse(
      "استقبل الرئيس الصربي ألكسندر فوتشيتش اليوم في بلغراد وزير الخارجية المجري بيتر سيارتو. ونقل سيارتو إلى الرئيس فوتشيتش تحيات رئيس الوزراء المجري فيكتور أوربان.",
    );
    expect(messages(a)).toEqual(["أوربان > فوتشيتش"]);
    expect(a.events.filter((e) => e.type === "meeting")).toHaveLength(1);
  });

  it("ونقل X للرئيس تحيات Z, the host by title: the one the carrier met", () => {
    const a = analyse(
      "استقبل رئيس جمهورية القمر المتحدة عثمان غزالي اليوم المبعوث الأممي الخاص جان أرنو. ونقل أرنو للرئيس تحيات الأمين العام للأمم المتحدة أنطونيو غوتيريش.",
    );
    expect(messages(a)).toEqual(["غوتيريش > غزالي"]);
  });

  it("ونقل تحيات Z إلى Y after a meeting: from Z to the host", () => {
    const a = analyse(
      "التقى الرئيس الأرجنتيني خافيير ميلي اليوم وزير الخارجية الإيطالي أنطونيو تاياني. ونقل تاياني تحيات رئيسة الوزراء الإيطالية جورجا ميلوني إلى ميلي.",
    );
    expect(messages(a)).toEqual(["ميلوني > ميلي"]);
  });

  it("his own greetings or greetings to be carried: no message", () => {
    const own = analyse("استقبل الرئيس البرازيلي لولا دا سيلفا اليوم وزير الخارجية الصيني وانغ يي، الذي نقل تحياته إلى الشعب البرازيلي.");
    expect(messages(own)).toEqual([]);
    const asked = analyse(
      "استقبل الرئيس التشيلي غابرييل بوريك اليوم وزير الخارجية البيروفي إلمر شيالر، وطلب منه نقل تحياته إلى الرئيسة البيروفية دينا بولوارتي.",
    );
    expect(messages(asked)).toEqual([]);
  });
});
