// A short name that is also an ordinary word (رئيسي) is the person's where it is joined by و to another
// person's name or stands right after a title; a dual noun heading a genitive stays the word.
// Sentences written for rasd.
import { describe, expect, it } from "vitest";
import { entitiesOf } from "./helpers.js";
import { analyse, parties } from "../events/pipeline-helpers.js";

const persons = (text: string) => entitiesOf(text).entities.filter((e) => e.type === "PER").map((e) => e.mentions.length);
const mentionsOf = (text: string, name: string) => entitiesOf(text).entities.find((e) => e.type === "PER" && e.name.includes(name))?.mentions.length ?? 0;

describe("short names that are words, joined by و to a name", () => {
  it("after a known person (بين الرئيسين أردوغان ورئيسي)", () => {
    expect(mentionsOf("وجرت المحادثات بين الرئيسين أردوغان ورئيسي في العاصمة التركية.", "رئيسي")).toBe(1);
  });

  it("before one (رئيسي وبوتين)", () => {
    expect(mentionsOf("وبحث رئيسي وبوتين خلال الاتصال الملف النووي.", "رئيسي")).toBe(1);
  });

  it("a second mention in an article that names him in full", () => {
    const text = "طهران - استقبل الرئيس الإيراني إبراهيم رئيسي اليوم نظيره التركي رجب طيب أردوغان. وعقد أردوغان ورئيسي مؤتمرا صحفيا مشتركا.";
    expect(mentionsOf(text, "رئيسي")).toBe(3 - 1);
  });

  it("a dual noun heading a genitive stays a word (بوتين ورئيسي الوزراء)", () => {
    expect(persons("وحضر المأدبة بوتين ورئيسي الوزراء في البلدين.").length).toBe(1);
  });

  it("the pair resolves الرئيسان of the next clause", () => {
    const a = analyse("سوتشي - شارك الرئيس التركي رجب طيب أردوغان اليوم في قمة ثلاثية مع نظيريه الروسي فلاديمير بوتين والإيراني إبراهيم رئيسي. وعلى هامش القمة، عقد أردوغان ورئيسي جلسة مباحثات موسعة، ووقع الرئيسان في ختامها خمس اتفاقيات للتعاون.", "2024-01-24");
    const s = parties(a, "signing");
    expect(s.length).toBe(1);
    expect(s[0].some((p) => p.includes("رئيسي"))).toBe(true);
    expect(s[0].some((p) => p.includes("أردوغان"))).toBe(true);
  });
});
