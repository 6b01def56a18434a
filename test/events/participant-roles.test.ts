// Who takes part and who does not, on sentences written for these tests and run through the
// whole pipeline: a message's sender is not at the meeting where it is handed over, a
// counterpart holds the office of the person he is the counterpart of, a pair word that is the
// subject of the trigger names the parties over the names around it.
import { describe, expect, it } from "vitest";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import type { Analysis } from "../../src/types.js";

function analyse(text: string, published: string | null = "2024-05-02"): Analysis {
  return analyzeArticle(toArticle({ id: "t", source: "test", rawHash: "", text }, { published }));
}

/** The participants' names of the events of a type, each list sorted. */
function parties(a: Analysis, type: string): string[][] {
  const byId = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.events.filter((e) => e.type === type).map((e) => e.participants.map((p) => byId.get(p) ?? p).sort());
}

const has = (list: string[], name: string) => list.some((p) => p.includes(name));

describe("a message's sender is not at the meeting where it is handed over", () => {
  it("استقبل X الوزير Y الذي سلمه رسالة من Z: the meeting is X and Y, the message Z to X", () => {
    const a = analyse("استقبل الرئيس التونسي قيس سعيد اليوم في قصر قرطاج وزير الخارجية الإيطالي أنطونيو تاياني، الذي سلمه رسالة خطية من رئيسة الوزراء الإيطالية جورجيا ميلوني.");
    const meetings = parties(a, "meeting");
    expect(meetings.length).toBe(1);
    expect(has(meetings[0], "قيس سعيد") && has(meetings[0], "تاياني")).toBe(true);
    expect(has(meetings[0], "ميلوني")).toBe(false);
    expect(parties(a, "message").some((m) => has(m, "ميلوني") && has(m, "قيس سعيد"))).toBe(true);
  });

  it("تسلم X رسالة من Z نقلها Y خلال استقباله له", () => {
    const a = analyse("تسلم الرئيس الموريتاني محمد ولد الشيخ الغزواني اليوم رسالة من الرئيس السنغالي ماكي سال، نقلها وزير الخارجية السنغالي عيساتا تال سال خلال استقبال الرئيس الغزواني له.");
    const meetings = parties(a, "meeting");
    expect(meetings.length).toBe(1);
    expect(has(meetings[0], "ماكي سال")).toBe(false);
  });
});

describe("نظيره + nationality: the person of that country who holds the same office", () => {
  it("a foreign minister's counterpart is the other foreign minister, not the head of state named first", () => {
    const a = analyse(
      "استقبل الرئيس الكيني وليام روتو اليوم وزير الخارجية الأردني أيمن الصفدي، وقدم له وزير الخارجية الكيني موساليا مودافادي.\n\nوفي وقت لاحق، عقد وزير الخارجية الأردني أيمن الصفدي جلسة مباحثات مع نظيره الكيني في مقر الوزارة.",
    );
    const talks = parties(a, "meeting").find((m) => has(m, "الصفدي") && !has(m, "روتو"));
    expect(talks).toBeDefined();
    expect(has(talks!, "مودافادي")).toBe(true);
  });
});

describe("a pair word as the trigger's subject names the parties", () => {
  it("وعقد الرئيسان جلسة مباحثات … بحضور وفدي البلدين ضم … : the delegations are not parties", () => {
    const a = analyse(
      "استقبل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا اليوم في برازيليا الرئيس الأرجنتيني خافيير ميلي.\n\nوعقد الرئيسان جلسة مباحثات موسعة بحضور وفدي البلدين، ضم الجانب الأرجنتيني فيها وزيرة الخارجية ديانا موندينو، فيما حضرها من الجانب البرازيلي وزير الخارجية ماورو فييرا.",
    );
    const meetings = parties(a, "meeting");
    expect(meetings.some((m) => has(m, "موندينو") || has(m, "فييرا"))).toBe(false);
  });

  it("وقع الوزيران مذكرة تفاهم … مبادرة الملك X … : the ministers sign, not a name inside the document", () => {
    const a = analyse(
      "أجرى وزير الخارجية المغربي ناصر بوريطة اليوم في الرباط مباحثات مع نظيره البرتغالي باولو رانجيل.\n\nوفي ختام المباحثات، وقع الوزيران مذكرة تفاهم بشأن مشاركة البرتغال في المبادرة الأطلسية التي أطلقها العاهل المغربي الملك محمد السادس.",
    );
    const signings = parties(a, "signing");
    expect(signings.length).toBe(1);
    expect(signings[0].length).toBe(2);
    expect(has(signings[0], "بوريطة") && has(signings[0], "رانجيل")).toBe(true);
  });
});

describe("a pair word after two persons named in its sentence", () => {
  it("…، استقبله خلالها الرئيس X، ووقع الزعيمان: the two of that sentence, not the pair of the report", () => {
    const a = analyse("أجرى وزير الخارجية الروسي سيرغي لافروف اليوم اتصالا هاتفيا مع نظيره المصري بدر عبد العاطي.\n\nيذكر أن الرئيس المصري عبد الفتاح السيسي كان قد أجرى في 2023 زيارة إلى روسيا، استقبله خلالها الرئيس فلاديمير بوتين، ووقع الزعيمان على إعلان الشراكة الاستراتيجية.");
    const signings = parties(a, "signing");
    expect(signings.length).toBe(1);
    expect(has(signings[0], "السيسي") && has(signings[0], "بوتين")).toBe(true);
  });
});

describe("persons of another clause of the sentence are not parties", () => {
  it("تلقى X اتصالا من Y، جرى خلاله …، في ظل دعم A وأخيه B: the call is X and Y", () => {
    const a = analyse("تلقى وزير الخارجية الكويتي عبدالله اليحيا اليوم اتصالا هاتفيا من وزير الخارجية التونسي محمد علي النفطي، جرى خلاله بحث العلاقات الثنائية، في ظل الرعاية التي يوليها لها أمير الكويت الشيخ مشعل الأحمد الجابر الصباح وأخوه الرئيس التونسي قيس سعيد.");
    const calls = parties(a, "phone_call");
    expect(calls.length).toBe(1);
    expect(calls[0].length).toBe(2);
    expect(has(calls[0], "اليحيا") && has(calls[0], "النفطي")).toBe(true);
  });

  it("التقى A B، وبحث معه …، كما اجتمع C مع D: two meetings of two", () => {
    const a = analyse("وعلى هامش المؤتمر، التقى وزير الخارجية العماني بدر البوسعيدي وزير الخارجية الإسباني خوسيه مانويل ألباريس، وبحث معه العلاقات الثنائية، كما اجتمع وزير الدولة القطري محمد الخليفي مع وزيرة الخارجية النمساوية بياته ماينل رايزينغر.");
    const meetings = parties(a, "meeting");
    expect(meetings.length).toBe(2);
    expect(meetings.every((m) => m.length === 2)).toBe(true);
    expect(meetings.some((m) => has(m, "البوسعيدي") && has(m, "ألباريس"))).toBe(true);
  });

  it("a gathering written with ل (التحضيرات لاجتماعات …) has no delegates in the sentence", () => {
    const a = analyse("والتقى وزير الخارجية الأردني أيمن الصفدي نظيره الياباني يوكو كاميكاوا، وتناول اللقاء التحضيرات لاجتماعات الجمعية العامة للأمم المتحدة.");
    expect(parties(a, "multilateral").length).toBe(0);
  });
});

describe("signatories and delegates", () => {
  it("شهد X وY، عقب المباحثات، توقيع مذكرتين وقعهما عن الجانب … A، وعن الجانب … B، رئيس … وزير …: A and B sign", () => {
    const a = analyse(
      "استقبل الرئيس الإندونيسي جوكو ويدودو اليوم في جاكرتا رئيس الوزراء الماليزي أنور إبراهيم.\n\nوشهد الرئيس الإندونيسي ورئيس الوزراء الماليزي، عقب المباحثات، توقيع مذكرتي تفاهم، وقعهما عن الجانب الإندونيسي وزيرة الخارجية ريتنو مرسودي، وعن الجانب الماليزي محمد حسن، نائب رئيس الوزراء وزير الخارجية.",
    );
    const signings = parties(a, "signing");
    expect(signings.length).toBe(1);
    expect(signings[0].length).toBe(2);
    expect(has(signings[0], "ريتنو") && has(signings[0], "محمد حسن")).toBe(true);
  });

  it("a summit's delegates stop at its setting (، وذلك في إطار مبادرة X)", () => {
    const a = analyse("احتضنت الجزائر اليوم الاجتماع الوزاري الثلاثي الذي ضم وزير الخارجية الجزائري أحمد عطاف ووزير الخارجية التونسي محمد علي النفطي ووزير الخارجية المغربي ناصر بوريطة، وذلك في إطار مبادرة الرئيس الجزائري عبد المجيد تبون.");
    const summits = parties(a, "multilateral");
    expect(summits.length).toBe(1);
    expect(has(summits[0], "تبون")).toBe(false);
    expect(summits[0].length).toBe(3);
  });
});

describe("references to several persons and subjects carried over", () => {
  it("تلقى X برقيات تهنئة من كل من A، والرئيس B، وC: one message from each", () => {
    const a = analyse("وتلقى الرئيس التونسي قيس سعيد برقيات تهنئة بالمناسبة من كل من العاهل المغربي الملك محمد السادس، والرئيس المصري عبد الفتاح السيسي، والرئيس الجزائري عبد المجيد تبون.");
    const messages = parties(a, "message");
    expect(messages.length).toBe(3);
    expect(messages.every((m) => m.length === 2 && has(m, "قيس سعيد"))).toBe(true);
    const b = analyse("وتلقى الرئيس التونسي قيس سعيد رسائل تهنئة من كل من الرئيس المصري عبد الفتاح السيسي، والرئيس الجزائري عبد المجيد تبون.");
    expect(parties(b, "message").length).toBe(2);
  });

  it("a sender of several messages (سلمه رسائل من Z) is not at the meeting either", () => {
    const a = analyse("استقبل الرئيس التونسي قيس سعيد اليوم وزير الخارجية الجزائري أحمد عطاف، الذي سلمه رسائل من الرئيس الجزائري عبد المجيد تبون.");
    const meetings = parties(a, "meeting");
    expect(meetings.length).toBe(1);
    expect(has(meetings[0], "تبون")).toBe(false);
  });

  it("كما التقى نظيرته X: the subject is the previous sentence's", () => {
    const a = analyse("وعلى هامش الاجتماع، أجرى وزير الخارجية المصري بدر عبد العاطي محادثات مع وزير الخارجية الأردني أيمن الصفدي. كما التقى نظيرته النمساوية، بياته ماينل رايزينغر، وبحث معها العلاقات الثنائية.");
    const meetings = parties(a, "meeting");
    expect(meetings.some((m) => m.length === 2 && has(m, "عبد العاطي") && has(m, "رايزينغر"))).toBe(true);
  });

  it("استقبل X الوزراء الثلاثة: the three of the meeting named before", () => {
    const a = analyse("احتضنت القاهرة اليوم الاجتماع الوزاري الثلاثي الذي ضم وزير الخارجية المصري بدر عبد العاطي ووزير الخارجية الأردني أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين.\n\nوكان الرئيس المصري عبد الفتاح السيسي قد استقبل صباح اليوم الوزراء الثلاثة في قصر الاتحادية.");
    const meetings = parties(a, "meeting");
    expect(meetings.some((m) => m.length === 4 && has(m, "السيسي") && has(m, "فؤاد حسين"))).toBe(true);
  });

  it("بين وزيري خارجية البلدين after a president's meeting: not the president", () => {
    const a = analyse("استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الصيني وانغ يي.\n\nوفي اليوم ذاته، ترأس وانغ يي ووزير الخارجية المصري بدر عبد العاطي الجولة الثالثة من الحوار الاستراتيجي بين وزيري خارجية البلدين.");
    const rounds = parties(a, "consultation");
    expect(rounds.length).toBe(1);
    expect(has(rounds[0], "عبد العاطي") && has(rounds[0], "وانغ يي") && !has(rounds[0], "السيسي")).toBe(true);
  });
});

describe("irregular nationality adjectives (the state gazetteer's)", () => {
  it("الوزير البريطاني names the British person (البريطاني is no stem of المملكة المتحدة)", () => {
    const a = analyse("بحث وزير الخارجية السعودي فيصل بن فرحان في الرياض أمس مع وزير الخارجية البريطاني ديفيد كاميرون العلاقات الثنائية.\n\nوكان ولي العهد الأمير محمد بن سلمان قد التقى الوزير البريطاني في وقت سابق من اليوم ذاته.");
    const meetings = parties(a, "meeting");
    expect(meetings.some((m) => m.length === 2 && has(m, "محمد بن سلمان") && has(m, "كاميرون"))).toBe(true);
  });
});

describe("visitors", () => {
  it("زيارة المسؤولين الليبيين إلى القاهرة: the two Libyans named before visit Egypt together", () => {
    const a = analyse("استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة محمد المنفي رئيس المجلس الرئاسي الليبي، وعبد الحميد الدبيبة رئيس حكومة الوحدة الوطنية الليبية.\n\nوتأتي زيارة المسؤولين الليبيين إلى مصر في إطار التنسيق بين البلدين.");
    const visits = parties(a, "visit");
    expect(visits.some((v) => v.length === 3 && has(v, "المنفي") && has(v, "الدبيبة") && has(v, "مصر"))).toBe(true);
  });

  it("وزير الخارجية المصري … وصل: the counterpart named as الوزير alone still holds the foreign ministry", () => {
    const a = analyse("ترأس وزير الخارجية العراقي فؤاد حسين ونظيره المصري سامح شكري اليوم أعمال الجولة الثانية من المشاورات السياسية بين العراق ومصر.\n\nوكان وزير الخارجية المصري قد وصل إلى بغداد صباح اليوم نفسه في زيارة رسمية، ثم استقبل رئيس الوزراء العراقي الوزير شكري.");
    const visits = parties(a, "visit");
    expect(visits.some((v) => has(v, "شكري") && has(v, "العراق"))).toBe(true);
  });
});

describe("credentials listed one per line", () => {
  it("lines opened by a dash or a number still name one ambassador each", () => {
    const a = analyse("تسلم الرئيس اللبناني جوزاف عون اليوم في قصر بعبدا أوراق اعتماد عدد من السفراء، وهم:\n- سفير جمهورية البرازيل تارسيسيو كوستا.\n2. سفيرة جمهورية الهند نور رحمن شيخ.\nوحضر المراسم وزير الخارجية يوسف رجي.");
    const meetings = parties(a, "meeting").filter((m) => has(m, "جوزاف عون"));
    expect(meetings.length).toBe(2);
    expect(meetings.some((m) => has(m, "رجي"))).toBe(false);
  });
});

describe("clause openers beyond participants", () => {
  it("a vague span in a participial clause right after the event (، مشيدا بزيارته العام الماضي) does not date it", () => {
    const a = analyse("الرياض 12 مارس (واس) استقبل وزير الخارجية السعودي فيصل بن فرحان اليوم وزير الخارجية الياباني يوكو كاميكاوا، مشيدا بزيارتها العام الماضي.", "2025-03-12");
    const m = a.events.find((e) => e.type === "meeting");
    expect(m?.main).toBe(true);
    expect(m?.date).toBe("2025-03-12");
  });

  it("عن بعد after a definite noun that names no event (التعليم عن بعد، المشاركة عن بعد) is no video call", () => {
    const a = analyse("بحث وزير الخارجية المصري بدر عبد العاطي مع نظيره الأردني أيمن الصفدي في القاهرة اليوم التعاون في مجال التعليم عن بعد وتيسير المشاركة عن بعد في المؤتمرات الجامعية.");
    expect(a.events.some((e) => e.type === "video_call")).toBe(false);
    const b = analyse("عقد وزير الخارجية المصري بدر عبد العاطي اليوم الاجتماع عن بعد مع نظيره الأردني أيمن الصفدي.");
    expect(b.events.some((e) => e.type === "video_call")).toBe(true);
  });
});

describe("a subject carried within the sentence", () => {
  it("التقى X Y، كما التقى Z: two meetings of X, not one of three", () => {
    const a = analyse("وعلى هامش الاجتماع، التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الأردني أيمن الصفدي، كما التقى وزير الخارجية المصري بدر عبد العاطي.");
    const meetings = parties(a, "meeting");
    expect(meetings.length).toBe(2);
    expect(meetings.every((m) => m.length === 2 && has(m, "فيصل بن فرحان"))).toBe(true);
  });
});

describe("one sitting or several", () => {
  it("التقى X، كل على حدة، A وB: a meeting with each; so is كلا من A وB (an encounter is between two)", () => {
    const apart = analyse("التقى الرئيس الفلسطيني محمود عباس في رام الله اليوم، كل على حدة، وزير الخارجية الأمريكي أنتوني بلينكن ووزيرة الخارجية الألمانية أنالينا بيربوك.");
    const meetings = parties(apart, "meeting");
    expect(meetings.length).toBe(2);
    expect(meetings.every((m) => m.length === 2 && has(m, "محمود عباس"))).toBe(true);
    const listed = analyse("استقبل الرئيس المصري عبد الفتاح السيسي اليوم كلا من وزير الخارجية الأمريكي أنتوني بلينكن ووزير الدفاع الأمريكي لويد أوستن.");
    expect(parties(listed, "meeting").map((m) => m.length)).toEqual([2, 2]);
  });
});

describe("delegation members attend", () => {
  it("والوفد المرافق له، الذي يضم X: X is no party; الاجتماع الذي ضم A وB names the delegates", () => {
    const a = analyse("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم في الدوحة الرئيس الرواندي بول كاغامي والوفد المرافق له، الذي يضم وزير الخارجية أوليفييه ندوهونغيريهي.");
    const meetings = parties(a, "meeting");
    expect(meetings.length).toBe(1);
    expect(meetings[0].length).toBe(2);
    const b = analyse("احتضنت تونس اليوم الاجتماع الوزاري الثلاثي الذي ضم وزير الخارجية الجزائري أحمد عطاف ووزير الخارجية المصري بدر عبد العاطي ووزير الخارجية التونسي محمد علي النفطي.");
    expect(parties(b, "multilateral")[0]?.length).toBe(3);
  });
});

describe("folded spellings (ؤ as و)", () => {
  it("، مؤكدا … opens a clause: a person named in it is no party to the call", () => {
    const a = analyse("تلقى وزير الخارجية الكويتي عبدالله اليحيا اليوم اتصالا هاتفيا من وزير الخارجية التونسي محمد علي النفطي، مؤكدا حرص بلاده على التعاون مع الرئيس التونسي قيس سعيد.");
    const calls = parties(a, "phone_call");
    expect(calls.length).toBe(1);
    expect(calls[0].length).toBe(2);
  });
});

describe("a meeting of three states or more is a gathering", () => {
  it("عقد وزراء خارجية A وB وC اجتماعا: multilateral; the host who received them before: a meeting", () => {
    const a = analyse("عقد وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين ووزير الخارجية المصري سامح شكري اجتماعا اليوم في عمان لبحث التعاون الاقتصادي. واستقبل العاهل الأردني الملك عبدالله الثاني الوزراء الثلاثة.");
    expect(parties(a, "multilateral").map((m) => m.length)).toEqual([3]);
    expect(parties(a, "meeting").every((m) => has(m, "عبدالله الثاني"))).toBe(true);
  });

  it("اجتماع of two states' ministers stays a meeting", () => {
    const a = analyse("عقد وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين اجتماعا اليوم في عمان لبحث التعاون الاقتصادي.");
    expect(parties(a, "meeting").map((m) => m.length)).toEqual([2]);
    expect(parties(a, "multilateral")).toEqual([]);
  });
});

describe("a message carried to the meeting, addressed to a third person", () => {
  it("وسلمه رسالة خطية موجهة إلى Z من رئيس …، السيد Y: the meeting is the two; the message Y to Z", () => {
    const a = analyse("استقبل وزير الخارجية التونسي محمد علي النفطي اليوم بتونس وزير الخارجية الموريتاني محمد سالم ولد مرزوك، الذي يؤدي زيارة عمل لتونس، وسلمه رسالة خطية موجهة إلى الرئيس قيس سعيد من رئيس الجمهورية الإسلامية الموريتانية، السيد محمد ولد الشيخ الغزواني.");
    const meetings = parties(a, "meeting");
    expect(meetings.length).toBe(1);
    expect(meetings[0].length).toBe(2);
    expect(has(meetings[0], "قيس سعيد") || has(meetings[0], "الغزواني")).toBe(false);
    const messages = parties(a, "message");
    expect(messages.length).toBe(1);
    expect(has(messages[0], "قيس سعيد") && has(messages[0], "الغزواني")).toBe(true);
  });
});

describe("members of the attending delegations", () => {
  it("بحضور وفدي البلدين، ضم الجانب X فيها Y، فيما ضم الوفد Z W: Y and W attend, no parties", () => {
    const a = analyse("عقد الرئيس التونسي قيس سعيد والرئيس الجزائري عبد المجيد تبون اليوم جلسة محادثات موسعة بحضور وفدي البلدين، ضم الجانب التونسي فيها وزير الخارجية محمد علي النفطي، فيما ضم الوفد الجزائري وزير الخارجية أحمد عطاف.");
    const meetings = parties(a, "meeting");
    expect(meetings.length).toBe(1);
    expect(meetings[0].length).toBe(2);
    expect(has(meetings[0], "النفطي") || has(meetings[0], "عطاف")).toBe(false);
  });
});

describe("an encounter set beside a gathering reported before", () => {
  it("وكان X قد استقبل الوزراء الثلاثة قبيل انعقاد الاجتماع: the gathering's day, reported as news", () => {
    const a = analyse("عقد وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين ووزير الخارجية المصري سامح شكري اجتماعا في عمان يوم 30 أبريل 2024 لبحث التعاون الاقتصادي.\nوكان العاهل الأردني الملك عبدالله الثاني قد استقبل الوزراء الثلاثة قبيل انعقاد الاجتماع.");
    const meeting = a.events.find((e) => e.type === "meeting");
    expect(meeting?.date).toBe("2024-04-30");
    expect(meeting?.main).toBe(true);
  });
});

describe("the person an envoy speaks for", () => {
  it("X المبعوث الخاص للرئيس Y: Y is not at the meeting; المستشار الألماني Z is", () => {
    const a = analyse("استقبل الرئيس التونسي قيس سعيد اليوم أحمد عطاف المبعوث الخاص للرئيس الجزائري عبد المجيد تبون، والوفد المرافق له.");
    const meetings = parties(a, "meeting");
    expect(meetings.length).toBe(1);
    expect(has(meetings[0], "تبون")).toBe(false);
    const b = analyse("استقبل الرئيس التونسي قيس سعيد اليوم المستشار الألماني أولاف شولتس.");
    expect(parties(b, "meeting").some((m) => has(m, "شولتس"))).toBe(true);
  });
});

describe("a tour's steps in one sentence: one meeting per host", () => {
  it("التقى X Y، ثم انتقل إلى … حيث التقى Z، ليختتم جولته بمحادثات مع W: the visitor meets each", () => {
    const a = analyse(
      "واستهل وزير الخارجية الأردني أيمن الصفدي جولته بلقاء الرئيس العراقي عبد اللطيف رشيد في قصر بغداد، ثم انتقل إلى مقر الحكومة حيث اجتمع برئيس الوزراء محمد شياع السوداني، ليختتم جولته بمحادثات مع نظيره العراقي فؤاد حسين.",
    );
    const m = parties(a, "meeting");
    expect(m.length).toBe(3);
    for (const host of ["رشيد", "السوداني", "فؤاد حسين"]) expect(m.some((x) => x.length === 2 && has(x, "الصفدي") && has(x, host))).toBe(true);
  });

  it("…، حيث التقت Y، قبل أن تلتقي Z: each step is the visitor's", () => {
    const a = analyse("وصلت وزيرة الخارجية الألمانية أنالينا بيربوك إلى عمان، حيث التقت الملك عبدالله الثاني، قبل أن تجتمع مع وزير الخارجية أيمن الصفدي.");
    const m = parties(a, "meeting");
    expect(m.some((x) => has(x, "بيربوك") && has(x, "عبدالله الثاني") && !has(x, "الصفدي"))).toBe(true);
  });

  it("وتأتي زيارة X بعد زيارة Y إلى …، حيث استقبله Z: the pronoun is Y, named last", () => {
    const a = analyse("وتأتي زيارة وزير الخارجية الروسي سيرغي لافروف بعد أسابيع من زيارة رئيس الوزراء الإيطالي جورجيا ميلوني إلى الجزائر، حيث استقبلها الرئيس عبد المجيد تبون.");
    const m = parties(a, "meeting");
    expect(m.some((x) => has(x, "لافروف"))).toBe(false);
    expect(m.some((x) => has(x, "ميلوني") && has(x, "تبون"))).toBe(true);
  });
});

describe("an envoy's principal named after his title is not at the meeting", () => {
  it("الموفد الشخصي للرئيس الفرنسي إيمانويل ماكرون إلى لبنان، الوزير X، التقى Y: Macron is not there", () => {
    const a = analyse("والتقى الموفد الشخصي للرئيس الفرنسي إيمانويل ماكرون إلى لبنان، وزير الخارجية الفرنسي السابق جان إيف لودريان، رئيس مجلس النواب نبيه بري في عين التينة.");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(has(m[0], "لودريان") && has(m[0], "بري")).toBe(true);
    expect(has(m[0], "ماكرون")).toBe(false);
  });

  it("المبعوث الخاص للأمين العام X: the name after the title is the envoy himself", () => {
    const a = analyse("التقى وزير الخارجية المصري سامح شكري اليوم المبعوث الخاص للأمين العام للأمم المتحدة إلى ليبيا عبد الله باتيلي.");
    const m = parties(a, "meeting");
    expect(m.some((x) => has(x, "شكري") && has(x, "باتيلي"))).toBe(true);
  });
});

describe("the dead take part in no event", () => {
  it("برقية إلى Y … التي أرسى دعائمها المغفور له الشيخ Z: one message, to Y", () => {
    const a = analyse("بعث العاهل البحريني الملك حمد بن عيسى آل خليفة برقية تهنئة إلى الشيخ محمد بن زايد آل نهيان بمناسبة انتخابه رئيسا للدولة متمنيا له التوفيق في مواصلة المسيرة التي أرسى دعائمها المغفور له بإذن الله الشيخ خليفة بن زايد آل نهيان.");
    const m = parties(a, "message");
    expect(m.length).toBe(1);
    expect(has(m[0], "محمد بن زايد")).toBe(true);
    expect(m.some((x) => has(x, "خليفة بن زايد"))).toBe(false);
  });

  it("X رحمه الله / طيب الله ثراه after the name, الرئيس الراحل X before it", () => {
    const a = analyse("التقى الرئيس الفرنسي إيمانويل ماكرون اليوم في باريس ولي العهد السعودي الأمير محمد بن سلمان في لقاء استذكر فيه علاقة الصداقة التي جمعت الملك عبدالله بن عبدالعزيز رحمه الله والرئيس الراحل جاك شيراك.");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(m[0].length).toBe(2);
    expect(has(m[0], "ماكرون") && has(m[0], "محمد بن سلمان")).toBe(true);
  });
});

describe("messages received by a person written by title alone", () => {
  it("جلالة الملك when the late king is named too: the living one receives the cables, one from each sender", () => {
    const a = analyse("تقبل الملك عبدالله الثاني اليوم في عمان التعازي في وفاة المغفور له الملك الحسين بن طلال.\nوتلقى جلالة الملك برقيات تعزية من الرئيس الفرنسي جاك شيراك، والرئيس الأمريكي بيل كلينتون.", "1999-02-09");
    const m = parties(a, "message");
    expect(m.length).toBe(2);
    for (const sender of ["شيراك", "كلينتون"]) expect(m.some((x) => has(x, sender) && has(x, "عبدالله الثاني"))).toBe(true);
  });

  it("برقيات من A، وB with the addressee unresolved: no message between A and B", () => {
    const a = analyse("وتلقى الأمير برقيات تهنئة من الرئيس الفرنسي إيمانويل ماكرون، والمستشار الألماني أولاف شولتس.");
    expect(parties(a, "message").some((x) => has(x, "ماكرون") && has(x, "شولتس"))).toBe(false);
  });
});

describe("senders listed after أبرزهم، منهم", () => {
  it("تلقى X برقيات من عدد من القادة، أبرزهم: A، وB، وC: one message from each", () => {
    const a = analyse("وتلقى الرئيس التونسي قيس سعيد برقيات تهنئة من عدد من القادة العرب، أبرزهم: الملك عبدالله الثاني، والرئيس المصري عبد الفتاح السيسي، وأمير قطر الشيخ تميم بن حمد آل ثاني.");
    const m = parties(a, "message");
    for (const sender of ["عبدالله الثاني", "السيسي", "تميم"]) expect(m.some((x) => x.length === 2 && has(x, sender) && has(x, "قيس سعيد"))).toBe(true);
  });
});

describe("ثم استقبل الموفد الشخصي للرئيس X: the host's next guest", () => {
  it("the sentence's subject carries over, the principal of the envoy title is not there", () => {
    const a = analyse("استقبل رئيس الجمهورية اللبنانية جوزاف عون اليوم في قصر بعبدا السفير السعودي وليد بخاري.\nثم استقبل المبعوث الخاص للرئيس الأمريكي إلى لبنان آموس هوكشتين، الذي بحث معه الأوضاع في الجنوب.", "2025-01-20");
    const m = parties(a, "meeting");
    expect(m.some((x) => x.length === 2 && has(x, "عون") && has(x, "هوكشتين"))).toBe(true);
    expect(m.some((x) => x.some((p) => /ترامب|بايدن/u.test(p)))).toBe(false);
  });
});

describe("the person whose death a call is about is not on it", () => {
  it("اتصال … قدم خلاله التعازي في وفاة الشيخ X: two on the call", () => {
    const a = analyse("تلقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان، قدم خلاله التعازي في وفاة الشيخ نواف الأحمد الجابر الصباح.", "2023-12-17");
    const c = parties(a, "phone_call");
    expect(c.length).toBe(1);
    expect(c[0].length).toBe(2);
    expect(has(c[0], "نواف")).toBe(false);
  });
});

describe("a person the talks were about is no party", () => {
  it("محادثات X ونظيره Y … حول مصير الرئيس Z: X and Y", () => {
    const a = analyse("أظهرت محادثات وزير الخارجية الأمريكي أنتوني بلينكن ونظيره الروسي سيرغي لافروف في جنيف أمس خلافا واضحا بشأن مستقبل الرئيس الأوكراني فولوديمير زيلينسكي.", "2022-01-22");
    const m = parties(a, "meeting");
    expect(m.length).toBe(1);
    expect(m[0].length).toBe(2);
    expect(has(m[0], "زيلينسكي")).toBe(false);
  });
});

describe("a clause opening the sentence before the next step of a sequence", () => {
  it("إثر استقبال باريس X للعلاج، قبل أن … بعد الرسالة التي وجهها Y إلى Z: no meeting of the three", () => {
    const a = analyse("وكانت العلاقات قد شهدت أزمة منذ العام الماضي إثر استقبال باريس زعيم المعارضة أحمد معاذ الخطيب للعلاج، قبل أن تنفرج الأزمة بعد الرسالة التي وجهها الرئيس إيمانويل ماكرون إلى الملك محمد السادس في مارس الماضي.", "2022-04-07");
    expect(parties(a, "meeting").some((x) => x.length > 2)).toBe(false);
  });
});

describe("a title written stacked after a person's gazetteer office is his too", () => {
  it("X ولي العهد رئيس مجلس الوزراء …؛ وكان رئيس مجلس الوزراء قد التقى Y: X", () => {
    const a = analyse("استقبل صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء اليوم وزير الخارجية الإيطالي أنطونيو تاياني.\nوكان رئيس مجلس الوزراء قد التقى أمس وزير الخارجية الفرنسي ستيفان سيجورنيه.", "2024-05-15");
    const m = parties(a, "meeting");
    expect(m.some((x) => x.length === 2 && has(x, "سلمان بن حمد") && has(x, "سيجورنيه"))).toBe(true);
  });
});

describe("a state body named inside a title stays the title's words for events", () => {
  it("رئيس مجلس الوزراء alone names the head of government the article names, as before the body was an entity", () => {
    const a = analyse("استقبل الشيخ ناصر الراشد رئيس مجلس الوزراء اليوم وزير الخارجية الياباني تارو سوزوكي.\nوكان رئيس مجلس الوزراء قد التقى أمس وزيرة الخارجية الكندية جين مارتن.", "2025-02-10");
    expect(a.entities.some((e) => e.type === "ORG" && e.name === "مجلس الوزراء")).toBe(true);
    const m = parties(a, "meeting");
    expect(m.some((x) => x.length === 2 && has(x, "ناصر الراشد") && has(x, "جين مارتن"))).toBe(true);
  });
});
