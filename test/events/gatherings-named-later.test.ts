// Gatherings whose delegates a later sentence names, talks of three sides and the standing dialogue
// of a group of states with a state (eighth blind round), on sentences written for these tests and run
// through the whole pipeline.
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../src/types.js";
import { analyse as analyseOn, parties } from "./pipeline-helpers.js";

const analyse = (text: string, published: string | null = "2024-05-14"): Analysis => analyseOn(text, published);

/** Names of the participants of each event of a type, sorted. */
const persons = parties;

describe("a gathering named first, its delegates after", () => {
  it("أعمال الدورة … لاجتماع وزراء الخارجية. وترأس الاجتماع X، بمشاركة Y: one gathering of X and Y, no meeting", () => {
    const a = analyse(
      "اختتمت في القاهرة اليوم أعمال الدورة العادية لاجتماع وزراء الخارجية العرب. " +
        "وترأس الاجتماع وزير الخارجية المصري سامح شكري، بمشاركة الأمين العام لجامعة الدول العربية أحمد أبو الغيط.",
    );
    expect(persons(a, "meeting")).toHaveLength(0);
    const gatherings = persons(a, "multilateral");
    expect(gatherings).toHaveLength(1);
    expect(gatherings[0].join()).toContain("شكري");
    expect(gatherings[0].join()).toContain("أبو الغيط");
  });

  it("a meeting on the sidelines, then وشارك في الاجتماع، الذي ترأسه X، كل من A وB: the gathering with all", () => {
    const a = analyse(
      "التقى الرئيس الروسي فلاديمير بوتين اليوم نظيره الصيني شي جين بينغ، على هامش اجتماع قادة مجموعة بريكس في جوهانسبرغ. " +
        "وشارك في الاجتماع، الذي ترأسه الرئيس الجنوب أفريقي سيريل رامافوزا، كل من بوتين وشي ورئيس الوزراء الهندي ناريندرا مودي.",
    );
    expect(persons(a, "meeting").map((p) => p.length)).toEqual([2]);
    const gatherings = persons(a, "multilateral");
    expect(gatherings).toHaveLength(1);
    expect(gatherings[0].length).toBeGreaterThanOrEqual(3);
    expect(gatherings[0].join()).toContain("مودي");
  });

  it("وألقى X كلمة … وقال في كلمته أمام الاجتماع: whoever addresses the session is its delegate", () => {
    const a = analyse(
      "شارك وزير الخارجية المصري سامح شكري اليوم في أعمال الدورة العادية لمجلس جامعة الدول العربية على المستوى الوزاري. " +
        "وأكد الأمين العام لجامعة الدول العربية أحمد أبو الغيط في كلمته أمام الاجتماع أن المنطقة تمر بمرحلة دقيقة.",
    );
    const gatherings = persons(a, "multilateral");
    expect(gatherings).toHaveLength(1);
    expect(gatherings[0].join()).toContain("أبو الغيط");
  });
});

describe("who stayed away", () => {
  it("وقاطع X الاجتماع: no delegate of the gathering", () => {
    const a = analyse(
      "اختتمت في القاهرة اليوم أعمال الدورة العادية لاجتماع وزراء الخارجية العرب. " +
        "وترأس الاجتماع وزير الخارجية المصري سامح شكري، بمشاركة الأمين العام لجامعة الدول العربية أحمد أبو الغيط. " +
        "وقاطع وزير الخارجية الإيراني محمد جواد ظريف الاجتماع احتجاجا على جدول أعماله.",
    );
    const gatherings = persons(a, "multilateral");
    expect(gatherings).toHaveLength(1);
    expect(gatherings[0].join()).not.toContain("ظريف");
  });
});

describe("talks of three sides", () => {
  it("استضاف X محادثات ثلاثية مع Y وZ: one gathering, not a meeting with each", () => {
    const a = analyse(
      "استضاف وزير الخارجية الروسي سيرغي لافروف في موسكو اليوم محادثات ثلاثية مع وزير الخارجية الأرميني أرارات ميرزويان ووزير الخارجية الأذربيجاني جيهون بيراموف.",
    );
    expect(persons(a, "meeting")).toHaveLength(0);
    expect(persons(a, "multilateral").map((p) => p.length)).toEqual([3]);
  });
});

describe("the dialogue of a group of states with a state", () => {
  it("على هامش مشاركتهما في أعمال الحوار العربي الصيني: a gathering of those taking part", () => {
    const a = analyse(
      "التقى وزير الخارجية المصري سامح شكري اليوم نظيره الصيني وانغ يي، وذلك على هامش مشاركتهما في أعمال الحوار العربي الصيني على المستوى الوزاري في القاهرة.",
    );
    expect(persons(a, "meeting")).toHaveLength(1);
    const gatherings = persons(a, "multilateral");
    expect(gatherings).toHaveLength(1);
    expect(gatherings[0]).toHaveLength(2);
  });
});

describe("the day the body writes for the headline's gathering", () => {
  it("X في قمة … (headline), then شارك X، يوم الخميس 14 يوليو 2022، في أعمال القمة: the summit is on that day", () => {
    const a = analyse(
      "ماكرون في قمة مجموعة السبع: دعم أوكرانيا أولوية\n\n" +
        "شارك الرئيس الفرنسي إيمانويل ماكرون من باريس، يوم الخميس 14 يوليو 2022، في أعمال القمة التي عقدت عبر تقنية الفيديو.",
      null,
    );
    const summit = a.events.find((e) => e.type === "multilateral");
    expect(summit?.date).toBe("2022-07-14");
  });
});
