// Gatherings of three states written by a plural title (وزراء خارجية A وB وC، في ختام اجتماعهم الثلاثي) or by a
// host with two counterparts (استضاف X نظيريه A وB), ninth blind round, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../src/types.js";
import { analyse as analyseOn, parties } from "./pipeline-helpers.js";

const analyse = (text: string, published: string | null = "2019-03-12"): Analysis => analyseOn(text, published);

/** Names of the participants of each event of a type, sorted. */
const persons = parties;

describe("a plural title naming the states of its holders", () => {
  it("أكد وزراء خارجية مصر والأردن والعراق، في ختام اجتماعهم الثلاثي …: one gathering of the three ministers", () => {
    const a = analyse(
      "أكد وزراء خارجية مصر والأردن والعراق، في ختام اجتماعهم الثلاثي في عمان اليوم الاثنين، أهمية تنسيق المواقف. " +
        "وقال وزير الخارجية الأردني أيمن الصفدي في مؤتمر صحفي مع نظيريه المصري سامح شكري والعراقي محمد علي الحكيم إن التعاون يتعزز.",
    );
    const g = persons(a, "multilateral");
    expect(g).toHaveLength(1);
    expect(g[0]).toHaveLength(3);
    expect(g[0].join()).toContain("الصفدي");
    expect(g[0].join()).toContain("شكري");
    expect(g[0].join()).toContain("الحكيم");
  });

  it("a plural title of a state whose minister the article does not name resolves nobody", () => {
    const a = analyse("أكد وزراء خارجية مصر والأردن والعراق، في ختام اجتماعهم الثلاثي في عمان اليوم الاثنين، أهمية تنسيق المواقف.");
    expect(persons(a, "multilateral")).toHaveLength(0);
  });
});

describe("a host with two counterparts", () => {
  it("استضاف X في القاهرة نظيريه A والB: one gathering of the three", () => {
    const a = analyse("استضاف وزير الخارجية المصري سامح شكري في القاهرة أمس نظيريه الأردني أيمن الصفدي والعراقي محمد علي الحكيم، وبحث معهما تطورات المنطقة.");
    const g = persons(a, "multilateral");
    expect(g).toHaveLength(1);
    expect(g[0]).toHaveLength(3);
    expect(persons(a, "meeting")).toHaveLength(0);
  });
});
