// A message carried inside a meeting sentence: the meeting is host and carrier, the message goes from
// the sender named after من to the host the pronoun (إليه، سلّمه، إلى جلالته) points to. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published: "2025-05-02" }));
}

/** "type: A > B" for each event, participants in order, names cut to their last word. */
function lines(a: Analysis): string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.map((e) => `${e.type}: ${e.participants.map((p) => byId.get(p)?.split(" ").pop()).join(" > ")}${e.main ? "" : " (earlier)"}`);
}

describe("a message carried to the host of a meeting", () => {
  it("…، الذي نقل إليه رسالة من Z: Z writes to the host", () => {
    const a = lines(analyse("استقبل الرئيس اللبناني جوزاف عون اليوم في قصر بعبدا وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني، الذي نقل إليه رسالة من أمير قطر الشيخ تميم بن حمد آل ثاني."));
    expect(a).toContain("meeting: عون > ثاني");
    expect(a).toContain("message: ثاني > عون");
    expect(a.length).toBe(2);
  });

  it("…، الذي سلمه رسالة من رئيس الجمهورية، السيد Z: a title in apposition, no office resolved, is still the sender's", () => {
    const a = lines(analyse("الرباط - استقبل رئيس الحكومة المغربية عزيز أخنوش اليوم بالرباط وزير الخارجية الموريتاني محمد سالم ولد مرزوك، الذي سلمه رسالة خطية من رئيس الجمهورية، السيد محمد ولد الشيخ الغزواني."));
    expect(a).toContain("meeting: أخنوش > مرزوك");
    expect(a).toContain("message: الغزواني > أخنوش");
    expect(a.length).toBe(2);
  });

  it("…، الذي نقل إليه رسالة من رئيس الجمهورية، السيد Z: the sender is no guest at the reception", () => {
    const a = lines(analyse("استقبل الرئيس التونسي قيس سعيد اليوم بقصر قرطاج وزير الخارجية الجزائري أحمد عطاف، الذي نقل إليه رسالة شفوية من رئيس الجمهورية، السيد عبد المجيد تبون، تتعلق بالتعاون الثنائي."));
    expect(a.find((l) => l.startsWith("meeting"))).toBe("meeting: سعيد > عطاف");
  });

  it("…، الذي حمل إليه رسالة من رئيس المجلس الرئاسي Z", () => {
    const a = lines(analyse("التقى الرئيس التونسي قيس سعيد اليوم المبعوث الليبي عبد الله اللافي الذي حمل إليه رسالة من رئيس المجلس الرئاسي الليبي محمد المنفي تتعلق بالعلاقات الثنائية."));
    expect(a).toContain("message: المنفي > سعيد");
  });

  it("…، الذي نقل إلى جلالته رسالة من Z: the honorific pronoun is the host", () => {
    const a = lines(analyse("استقبل ملك البحرين حمد بن عيسى آل خليفة اليوم وزير الخارجية المصري بدر عبد العاطي، الذي نقل إلى جلالته رسالة من الرئيس عبد الفتاح السيسي."));
    expect(a).toContain("message: السيسي > خليفة");
  });

  it("وسلّمه الأخير رسالة خطية من Z: الأخير (the latter) is no past marker", () => {
    const a = lines(analyse("استقبل رئيس الوزراء العراقي محمد شياع السوداني أمس وزير الخارجية الإيراني عباس عراقجي، وسلّمه الأخير رسالة خطية من الرئيس الإيراني مسعود بزشكيان."));
    expect(a).toContain("message: بزشكيان > السوداني");
  });

  it("…، الذي سلمه رسالة خطية (no sender named): no message", () => {
    const a = lines(analyse("استقبل الرئيس الجزائري عبد المجيد تبون اليوم وزير الخارجية الموريتاني محمد سالم ولد مرزوك، الذي سلمه رسالة خطية."));
    expect(a).toEqual(["meeting: تبون > مرزوك"]);
  });

  it("ونقل إليه تحيات Z: a message from Z to the host, Z no party of the meeting", () => {
    const a = lines(analyse("التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الأردني أيمن الصفدي في عمّان اليوم، ونقل إليه تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز."));
    expect(a.length).toBe(2);
    expect(a[0]).toMatch(/^meeting: /);
    expect(a[0]).not.toContain("عبدالعزيز");
    expect(a).toContain("message: سعود > الصفدي");
  });

  it("توجه X للقاء Y، حيث سلمه رسالة من Z: the host of the clause before", () => {
    const a = lines(analyse("وفور وصوله، توجه وزير الخارجية التركي هاكان فيدان للقاء رئيس مجلس النواب العراقي محمود المشهداني، حيث سلمه رسالة من الرئيس رجب طيب أردوغان."));
    expect(a).toContain("message: أردوغان > المشهداني");
  });

  it("استقبل Y الوزير X، حيث سلّمه رسالة من Z: the receiver, the subject, is the host", () => {
    const a = lines(analyse("استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني اليوم في نواكشوط وزير الخارجية المغربي ناصر بوريطة، حيث سلّمه رسالة من الملك محمد السادس."));
    expect(a).toContain("message: السادس > الغزواني");
    const b = lines(analyse("واستقبلت رئيسة الوزراء الإيطالية جورجا ميلوني أمس الوزير الليبي عبد الحميد الدبيبة في روما، وسلّمها رسالة من رئيس المجلس الرئاسي الليبي محمد المنفي."));
    expect(b).toContain("message: المنفي > ميلوني");
  });

  it("التقى X Y، حيث سلّمه رسالة من Z: after التقى the host is the object", () => {
    const a = lines(analyse("التقى وزير الخارجية العماني بدر البوسعيدي في طهران الرئيس الإيراني مسعود بزشكيان، حيث سلّمه رسالة من السلطان هيثم بن طارق."));
    expect(a).toContain("message: طارق > بزشكيان");
  });

  it("X تحمل رسالة من Z إلى Y (a headline): Z to Y", () => {
    const a = lines(analyse("البوسعيدي يحمل رسالة من السلطان هيثم بن طارق إلى الرئيس عبد المجيد تبون"));
    expect(a).toEqual(["message: طارق > تبون"]);
  });

  it("وقال X إن رسالة الرئيس Z تعكس …: the message reported already, not one of X's", () => {
    const a = lines(analyse("تسلم ملك البحرين حمد بن عيسى آل خليفة اليوم رسالة خطية من الرئيس المصري عبد الفتاح السيسي، نقلها وزير الخارجية المصري بدر عبد العاطي.\n\nوقال وزير الخارجية المصري عقب اللقاء إن رسالة الرئيس السيسي تعكس حرص القاهرة على التشاور."));
    expect(a.filter((l) => l.startsWith("message"))).toEqual(["message: السيسي > خليفة"]);
  });
});

describe("greetings exchanged in a call", () => {
  it("أجرى X اتصالا هاتفيا مع Y، جرى خلاله …، وتبادلا التهاني: the call only", () => {
    const a = lines(analyse("أجرى أمير قطر الشيخ تميم بن حمد آل ثاني اليوم اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان، جرى خلاله استعراض العلاقات الثنائية، وتبادلا التهاني بنجاح الوساطة."));
    expect(a).toEqual(["phone_call: ثاني > أردوغان"]);
  });

  it("not: تبادل X وY برقيات التهنئة alone is a message", () => {
    const a = lines(analyse("تبادل أمير قطر الشيخ تميم بن حمد آل ثاني والرئيس التركي رجب طيب أردوغان اليوم برقيات التهنئة بمناسبة العيد."));
    expect(a.some((l) => l.startsWith("message"))).toBe(true);
  });
});

describe("a round of talks as the topic of a call", () => {
  it("أطلعه خلاله على مسار الجولة الثانية من المحادثات: the call only", () => {
    const a = lines(analyse("أجرى وزير الخارجية العماني بدر البوسعيدي اليوم اتصالا هاتفيا مع نظيره القطري محمد بن عبدالرحمن آل ثاني، أطلعه خلاله على مسار الجولة الثانية من المحادثات غير المباشرة."));
    expect(a).toEqual(["phone_call: البوسعيدي > ثاني"]);
  });

  it("not: عقد الجانبان الجولة الثانية من المشاورات السياسية is a round", () => {
    const a = lines(analyse("عقد وزير الخارجية العماني بدر البوسعيدي ونظيره القطري محمد بن عبدالرحمن آل ثاني اليوم في مسقط الجولة الثانية من المشاورات السياسية بين البلدين."));
    expect(a.some((l) => l.startsWith("consultation"))).toBe(true);
  });
});

describe("a message read out to a gathering", () => {
  it("وتلا X رسالة وجهها الملك Y إلى المشاركين: no message between X and Y", () => {
    const a = lines(analyse("وتلا مستشار العاهل المغربي أندري أزولاي اليوم رسالة وجهها الملك محمد السادس إلى المشاركين في المؤتمر."));
    expect(a.some((l) => l.startsWith("message"))).toBe(false);
  });
  it("not: a message to a person named after إلى", () => {
    const a = lines(analyse("وتلا السفير المغربي اليوم رسالة وجهها الملك محمد السادس إلى الرئيس الموريتاني محمد ولد الشيخ الغزواني."));
    expect(a.some((l) => l.startsWith("message"))).toBe(true);
  });
});

describe("a carrying verb whose subject, object and day are set off by commas", () => {
  it("سلّم X، الرئيس Y، أمس، رسالة من Z: Z writes to Y, the carrier is no party", () => {
    const a = lines(analyse("سلّم وزير الخارجية العماني بدر البوسعيدي، الرئيس الإيراني مسعود بزشكيان، أمس، رسالة خطية من سلطان عمان هيثم بن طارق، تتعلق بالعلاقات الثنائية."));
    expect(a.filter((l) => l.startsWith("message"))).toEqual(["message: طارق > بزشكيان"]);
  });

  it("سلّم X، اليوم الأحد، رسالة من Z إلى W: Z writes to W", () => {
    const a = lines(analyse("سلّم نائب وزير الخارجية التركي نوح يلماز، اليوم الأحد، رسالة خطية من الرئيس التركي رجب طيب أردوغان إلى أمير قطر الشيخ تميم بن حمد آل ثاني، وذلك خلال لقائه وزير الدولة القطري محمد الخليفي في الدوحة."));
    expect(a.filter((l) => l.startsWith("message"))).toEqual(["message: أردوغان > ثاني"]);
  });

  it("not past a clause opening: استقبل X الوزير Y، الذي سلمه رسالة من Z", () => {
    const a = lines(analyse("استقبل الرئيس اللبناني جوزاف عون اليوم وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني، الذي سلمه رسالة من أمير قطر الشيخ تميم بن حمد آل ثاني."));
    expect(a).toContain("message: ثاني > عون");
  });
});

describe("an invitation received and handed over by a carrier", () => {
  it("تلقى X دعوة من Z للمشاركة في القمة، نقلها Y خلال لقائه X: message Z > X, meeting X and Y, Z no delegate", () => {
    const a = lines(
      analyse(
        "شارك الرئيس اللبناني جوزاف عون اليوم في القمة العربية في بغداد. وكان الرئيس عون قد تلقى دعوة من رئيس الوزراء العراقي محمد شياع السوداني للمشاركة في القمة، نقلها وزير الخارجية العراقي فؤاد حسين خلال لقائه الرئيس عون في بيروت في العاشر من نيسان الماضي.",
      ),
    );
    expect(a).toContain("message: السوداني > عون (earlier)");
    expect(a).toContain("meeting: عون > حسين (earlier)");
    expect(a.find((l) => l.startsWith("multilateral"))).toBe("multilateral: عون");
  });

  it("not: an invitation only received", () => {
    const a = lines(analyse("وكان الرئيس العراقي عبد اللطيف رشيد قد تلقى دعوة من الرئيس الإيراني مسعود بزشكيان لزيارة طهران."));
    expect(a).toEqual([]);
  });
});

describe("no letter sent", () => {
  it("رسالة واضحة إلى العالم: a figure of speech", () => {
    const a = lines(analyse("وقال وزير الخارجية المصري بدر عبد العاطي إن الاجتماع يمثل رسالة واضحة إلى العالم، فيما أكد نظيره الأردني أيمن الصفدي أن الموقف العربي موحد."));
    expect(a.filter((l) => l.startsWith("message"))).toEqual([]);
  });

  it("نافيا ما تناقلته وسائل الإعلام عن حمل رسائل بين طهران وواشنطن: denied", () => {
    const a = lines(analyse("وأوضح وزير الخارجية العماني بدر البوسعيدي أن الزيارة تأتي في إطار المشاورات المنتظمة، نافيا ما تناقلته بعض وسائل الإعلام عن حمل رسائل بين طهران وواشنطن."));
    expect(a.filter((l) => l.startsWith("message"))).toEqual([]);
  });
});
