// Spurious events (ninth blind round): one gathering written twice, a spokesperson named before the
// title, a letter handed to one person for another. On sentences written for
// these tests and run through the whole pipeline.
import { describe, expect, it } from "vitest";
import type { Analysis } from "../../src/types.js";
import { analyse as analyseOn, parties } from "./pipeline-helpers.js";

const analyse = (text: string, published: string | null = "2024-05-14"): Analysis => analyseOn(text, published);

/** Names of the participants of each event of a type, sorted. */
const persons = parties;

describe("one gathering written twice on one day", () => {
  it("القمة العربية الصينية … أعمال أول قمة عربية صينية برئاسة X وY: one multilateral event with all", () => {
    const a = analyse(
      "بحث الرئيس الصيني شي جين بينغ اليوم الجمعة مع الرئيس المصري عبد الفتاح السيسي، الذي يشارك في القمة العربية الصينية المنعقدة في الرياض، تعزيز التعاون الثنائي. " +
        "وانطلقت اليوم في الرياض أعمال أول قمة عربية صينية، برئاسة مشتركة لشي وولي العهد السعودي الأمير محمد بن سلمان، وبمشاركة قادة الدول العربية.",
    );
    const gatherings = persons(a, "multilateral");
    expect(gatherings).toHaveLength(1);
    expect(gatherings[0].join()).toContain("السيسي");
    expect(gatherings[0].join()).toContain("محمد بن سلمان");
  });

  it("two gatherings of different names on one day stay two", () => {
    const a = analyse(
      "شارك الرئيس الفرنسي إيمانويل ماكرون اليوم الجمعة في القمة الأوروبية في بروكسل مع المستشار الألماني أولاف شولتس. " +
        "كما شارك ماكرون اليوم في قمة أفريقية مع الرئيس السنغالي ماكي سال.",
    );
    expect(persons(a, "multilateral").length).not.toBe(1);
  });
  it("two gatherings of one head noun with other words in construct on one day stay two (اجتماع وزراء الخارجية، اجتماع وزراء الداخلية)", () => {
    const a = analyse(
      "انطلقت اليوم في القاهرة أعمال اجتماع وزراء الخارجية العرب بمشاركة وزير الخارجية المصري بدر عبد العاطي ووزير الخارجية الأردني أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين. " +
        "كما انطلقت اليوم في تونس أعمال اجتماع وزراء الداخلية العرب بمشاركة وزير الداخلية التونسي خالد النوري ووزير الداخلية المغربي عبد الوافي لفتيت ووزير الداخلية الليبي عماد الطرابلسي.",
    );
    expect(persons(a, "multilateral")).toHaveLength(2);
  });
});

describe("a spokesperson named before the title", () => {
  it("وصرح X، المتحدث الرسمي باسم الرئاسة، بأن الرئيس … لقاء ثنائي: the spokesperson takes part in nothing", () => {
    const a = analyse(
      "استقبل الرئيس التونسي قيس سعيد، اليوم الثلاثاء، بقصر قرطاج، الرئيس السنغالي ماكي سال. " +
        "وصرح وليد الحجام، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيس عقد مع ضيفه لقاء ثنائيا مغلقا تناول سبل تعزيز التعاون.",
    );
    const all = a.events.flatMap((e) => e.participants.map((p) => a.entities.find((x) => x.id === p)?.name ?? ""));
    expect(all.join()).not.toContain("الحجام");
    expect(persons(a, "meeting")).toHaveLength(1);
  });
});

describe("a letter handed to one person for another", () => {
  it("تسلم X رسالة خطية من A إلى B: a message from A to B, not to X", () => {
    const a = analyse(
      "تسلم وزير الخارجية الكويتي عبدالله اليحيا اليوم رسالة خطية من الرئيس الفرنسي إيمانويل ماكرون إلى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح، تتعلق بالعلاقات الثنائية.",
    );
    const messages = persons(a, "message");
    expect(messages).toHaveLength(1);
    expect(messages[0].join()).toContain("ماكرون");
    expect(messages[0].join()).toContain("مشعل");
    expect(messages[0].join()).not.toContain("اليحيا");
  });
});
