import { describe, expect, it } from "vitest";
import { canonicalOutlet, outletByName, outletByTag, outletByUrl, outletIndex } from "../../src/ingest/outlets.js";

describe("outlet gazetteer", () => {
  it("lists at least 40 Arabic-language outlets, each complete and unique", () => {
    const { outlets } = outletIndex();
    expect(outlets.length).toBeGreaterThanOrEqual(40);
    const names = new Set<string>();
    for (const o of outlets) {
      expect(o.name_en).toMatch(/\S/);
      expect(names.has(o.name_en)).toBe(false);
      names.add(o.name_en);
      expect(o.names_ar.length).toBeGreaterThan(0);
      expect(o.hosts.length).toBeGreaterThan(0);
      expect(o.country).toMatch(/^[A-Z]{2}$/);
    }
  });

  it("finds outlets by Arabic name, alias and spelling variant", () => {
    expect(outletByName("CGTN العربية")?.name_en).toBe("CGTN Arabic");
    expect(outletByName("وكالة الانباء السعودية")?.name_en).toBe("SPA");
    expect(outletByName("روسيا اليوم")?.name_en).toBe("RT Arabic");
    expect(outletByName("reuters")?.name_en).toBe("Reuters");
    expect(outletByName("وزارة الخارجية")).toBeNull();
  });

  it("finds agency tags however they are punctuated", () => {
    expect(outletByTag("أ ف ب")?.name_en).toBe("AFP");
    expect(outletByTag("أ.ف.ب")?.name_en).toBe("AFP");
    expect(outletByTag("واس")?.name_en).toBe("SPA");
    expect(outletByTag("ومع")?.name_en).toBe("MAP");
    expect(outletByTag("كونا")?.name_en).toBe("KUNA");
  });

  it("knows papers, channels and agencies across the Arab world, their words only where an outlet is expected", () => {
    expect(outletByName("صحيفة تشرين")?.name_en).toBe("Tishreen");
    expect(outletByName("إرم نيوز")?.name_en).toBe("Erem News");
    expect(outletByName("قناة المسيرة")?.name_en).toBe("Al-Masirah");
    expect(outletByName("التلفزيون العربي")?.name_en).toBe("Al Araby TV");
    expect(outletByTag("صفا")?.name_en).toBe("Safa");
    expect(outletByUrl("https://www.alwafd.news/article/1")?.name_en).toBe("Al-Wafd");
    expect(outletByUrl("https://www.aljoumhouria.com/ar/news/1")?.name_en).toBe("Al-Joumhouria (Lebanon)");
    // "الوفد" (the delegation), "المشهد" (the scene), "اللواء" (the general): words first.
    expect(outletByName("الوفد")).toBeNull();
    expect(outletByName("المشهد")).toBeNull();
    expect(outletByName("اللواء", { ambiguous: true })).toBeNull();
    expect(outletByName("صحيفة اللواء")?.name_en).toBe("Al-Liwaa");
  });

  it("finds outlets by URL host and its subdomains", () => {
    expect(outletByUrl("https://arabic.rt.com/middle_east/1234-x/")?.name_en).toBe("RT Arabic");
    expect(outletByUrl("https://www.aljazeera.net/news/2024/3/5/x")?.name_en).toBe("Al Jazeera");
    expect(outletByUrl("https://example.org/a")).toBeNull();
    expect(outletByUrl("not a url")).toBeNull();
  });

  it("canonicalises given names and keeps unknown ones as given", () => {
    expect(canonicalOutlet("شينخوا")).toBe("Xinhua");
    expect(canonicalOutlet(" Al Jazeera ")).toBe("Al Jazeera");
    expect(canonicalOutlet("نشرة الحي")).toBe("نشرة الحي");
  });

  it("maps the English names metadata gives an outlet's Arabic service or full title to the canonical one", () => {
    expect(canonicalOutlet("Maghreb Arab Press")).toBe("MAP");
    expect(canonicalOutlet("Algeria Press Service")).toBe("APS");
    expect(canonicalOutlet("France 24 Arabic")).toBe("France 24");
    expect(canonicalOutlet("People's Daily Arabic")).toBe("People's Daily");
    expect(canonicalOutlet("Saudi Press Agency")).toBe("SPA");
  });

  it("knows the agencies and papers Arabic copy credits beyond the Arab wires", () => {
    expect(outletByTag("كيودو")?.name_en).toBe("Kyodo");
    expect(outletByTag("تسنيم")?.name_en).toBe("Tasnim");
    expect(outletByName("وكالة مهر للأنباء")?.name_en).toBe("Mehr");
    expect(outletByName("ريا نوفوستي")?.name_en).toBe("RIA Novosti");
    expect(outletByName("تي آر تي عربي")?.name_en).toBe("TRT Arabic");
    expect(outletByUrl("https://www.alaraby.co.uk/politics/x")?.name_en).toBe("Al-Araby Al-Jadeed");
    // A short name that is also a person's name or a word counts only where an outlet is expected.
    expect(outletByName("تسنيم")).toBeNull();
    expect(outletByName("الحياة")).toBeNull();
    expect(outletByName("الحياة", { ambiguous: true })?.name_en).toBe("Al-Hayat");
  });

  it("reads a name with its abbreviation only where both name the same outlet", () => {
    expect(outletByName("وكالة الأنباء السعودية (واس)")?.name_en).toBe("SPA");
    expect(outletByName("هيئة الإذاعة اليابانية NHK")?.name_en).toBe("NHK World-Japan");
    expect(outletByName("وكالة الأنباء السعودية (قنا)")).toBeNull();
  });

  it("keeps papers whose names are words or places for contexts that name an outlet", () => {
    expect(outletByName("جريدة عمان")?.name_en).toBe("Oman Daily");
    expect(outletByName("الراية")).toBeNull();
    expect(outletByName("الراية", { ambiguous: true })?.name_en).toBe("Al Raya");
    expect(outletByUrl("https://www.alwatan.com.sa/article/1")?.name_en).toBe("Al-Watan (Saudi Arabia)");
  });
});
