// The web app in Debian's Chromium (playwright-core, never a downloaded
// browser) against the real server on a real store: search, open an article,
// click a statement, the timeline, the network and a person page, at 1280 and
// 390 px wide. Screenshots go to test-artifacts/. A <script> inside an
// article must never run.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.js";
import { makeCorpus, type Corpus } from "../server/fixture.js";
import { repoRoot } from "../shared.js";
import { buildWebApp } from "./build.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[rasd tests] ${CHROMIUM} is absent (apt-get install chromium fonts-noto-core): browser tests are skipped.`);
const artifacts = join(repoRoot, "test-artifacts");
const TOKEN = "browser-test-token";
const HOSTILE_ID = "hostile-script";

let corpus: Corpus;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let webRoot: string;
/** Content-Security-Policy violations and uncaught page errors seen in any page. */
const problems: string[] = [];

async function newPage(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1, locale: "ar" });
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.setDefaultTimeout(15_000);
  return page;
}

/** A word of `text` whose search finds the article (the UI is under test here, not ranking). */
async function queryFinding(id: string, text: string): Promise<string> {
  for (const word of text.match(/[\u0621-\u064A]{4,}/g) ?? []) {
    const r = await app.inject({ method: "GET", url: `/api/search?q=${encodeURIComponent(word)}&limit=200` });
    if (r.statusCode === 200 && r.json().items.some((h: { id: string }) => h.id === id)) return word;
  }
  throw new Error(`no word of "${text}" finds article ${id}`);
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });
}

async function noHorizontalOverflow(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(width + 1);
}

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(artifacts, { recursive: true });
  webRoot = await buildWebApp();
  corpus = await makeCorpus();
  app = await buildServer({ store: corpus.store, webRoot, token: TOKEN });
  // Markup written for this test, posted like any client would.
  const res = await app.inject({
    method: "POST",
    url: "/api/articles",
    headers: { authorization: `Bearer ${TOKEN}` },
    payload: {
      id: HOSTILE_ID,
      title: "خبر <script>window.__rasdPwned = 'title'</script>",
      outlet: "QNA",
      published: "2024-02-01",
      text:
        "الدوحة - قال وزير الخارجية اليوم إن <script>window.__rasdPwned = 'text'</script> المحادثات كانت مثمرة.\n" +
        'وأضاف الوزير <img src="x" onerror="window.__rasdPwned = \'img\'"> أن البلدين سيواصلان التنسيق.',
    },
  });
  if (res.statusCode !== 200 || res.json().failed !== 0) throw new Error(`could not post the hostile article: ${res.body}`);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const addr = app.server.address();
  if (!addr || typeof addr === "string") throw new Error("no port");
  base = `http://127.0.0.1:${addr.port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await corpus?.cleanup();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)("web app in Chromium", () => {
  for (const width of [1280, 390]) {
    describe(`at ${width} px`, () => {
      it("searches, with highlighted snippets and facets", async () => {
        const page = await newPage(width);
        await page.goto(`${base}/#/`);
        expect(await page.getAttribute("html", "dir")).toBe("rtl");
        expect(await page.getAttribute("html", "lang")).toBe("ar");
        await page.waitForSelector(".stats");
        await page.fill('input[name="q"]', "وزير الخارجية");
        await page.click('.search-form button[type="submit"]');
        await page.waitForSelector(".hit mark");
        expect(await page.locator(".hit").count()).toBeGreaterThan(0);
        expect(await page.locator(".facet li").count()).toBeGreaterThan(0);
        await noHorizontalOverflow(page);
        await shot(page, `search-${width}`);
        await page.close();
      });

      it("opens an article from the results and marks a statement's span when clicked", async () => {
        const withQuote = corpus.analyses.find((a) => a.quotes.length > 0);
        expect(withQuote, "some example article has an attributed statement").toBeDefined();
        const a = withQuote!;
        const query = await queryFinding(a.id, a.title ?? a.text);
        const page = await newPage(width);
        await page.goto(`${base}/#/search?q=${encodeURIComponent(query)}`);
        await page.waitForSelector(".hit-title");
        await page.click(`.hit-title[href^="#/article/${encodeURIComponent(a.id)}"]`);
        await page.waitForSelector(".article-text");
        expect(await page.textContent(".article-head h1")).toBe(a.title ?? a.id);
        // The search words are marked in the text too.
        await page.waitForSelector(".run.q-hit");
        const q = a.quotes[0];
        await page.click(`button[data-fact="quote:${q.id}"]`);
        await page.waitForSelector(".run.marked");
        const marked = await page.$$eval(".run.marked", (els) => els.map((e) => e.textContent).join(""));
        expect(marked).toBe(q.text);
        // The page scrolls (smoothly) until the marked span is on screen.
        await page.waitForFunction(() => {
          const r = document.querySelector(".run.marked")!.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight;
        });
        await page.waitForTimeout(400); // let the scroll settle for the screenshot
        await noHorizontalOverflow(page);
        await shot(page, `article-statement-${width}`);
        // A click on a highlighted statement in the text selects it in the list.
        await page.click(`button[data-fact^="entity:"]`);
        const quoteRun = page.locator(`.run[data-facts~="quote:${q.id}"]`).first();
        await quoteRun.scrollIntoViewIfNeeded();
        await page.evaluate((id) => {
          const runs = [...document.querySelectorAll<HTMLElement>(`.run[data-facts~="${id}"]`)];
          (runs.find((r) => r.dataset.facts!.split(" ").at(-1) === id) ?? runs[0]).click();
        }, `quote:${q.id}`);
        await page.waitForSelector(`button[data-fact="quote:${q.id}"].selected`);
        await page.close();
      });

      it("shows the timeline chart and its events", async () => {
        const page = await newPage(width);
        await page.goto(`${base}/#/timeline`);
        await page.waitForSelector(".chart canvas");
        await page.waitForSelector(".event-item");
        expect(await page.locator(".event-item").count()).toBeGreaterThan(0);
        // The tooltip is built as DOM nodes: it shows without breaking the CSP.
        const box = (await page.locator(".chart").boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForSelector(".chart-tip");
        await page.waitForTimeout(300);
        await noHorizontalOverflow(page);
        await shot(page, `timeline-${width}`);
        await page.close();
      });

      it("draws the actor network and opens a person page from a node", async () => {
        const page = await newPage(width);
        await page.goto(`${base}/#/network`);
        await page.waitForSelector('.graph[data-ready="true"] canvas');
        await page.waitForTimeout(300);
        await noHorizontalOverflow(page);
        await shot(page, `network-${width}`);
        // Cytoscape registers itself on its container; read a node's on-screen position from it.
        const node = await page.$eval(".graph", (el) => {
          const cy = (el as unknown as { _cyreg: { cy: any } })._cyreg.cy;
          const n = cy.nodes().max((x: any) => x.degree()).ele;
          const p = n.renderedPosition();
          const box = el.getBoundingClientRect();
          return { key: n.data("key") as string, x: box.left + p.x, y: box.top + p.y };
        });
        await page.mouse.click(node.x, node.y);
        await page.waitForFunction((key) => decodeURIComponent(location.hash) === `#/entity/${key}`, node.key);
        await page.waitForSelector(".page-entity h1");
        await page.waitForTimeout(300);
        await noHorizontalOverflow(page);
        await shot(page, `person-${width}`);
        await page.close();
      });

      it("browses statements with speaker, date and outlet", async () => {
        const page = await newPage(width);
        await page.goto(`${base}/#/statements`);
        await page.waitForSelector(".statement");
        const first = page.locator(".statement").first();
        expect(await first.locator("blockquote").textContent()).toBeTruthy();
        expect(await first.locator(".meta").textContent()).toMatch(/\d{4}|—/);
        await noHorizontalOverflow(page);
        await shot(page, `statements-${width}`);
        // "In context" opens the article with exactly that statement marked.
        const words = await first.locator("blockquote").textContent();
        await first.locator('a[href*="?at="]').click();
        await page.waitForSelector(".run.marked");
        expect(await page.$$eval(".run.marked", (els) => els.map((e) => e.textContent).join(""))).toBe(words);
        await page.close();
      });
    });
  }

  it("shows loading, empty and error states", async () => {
    const page = await newPage(1280);
    await page.goto(`${base}/#/search?q=${encodeURIComponent("كلمةغيرموجودةإطلاقا")}`);
    await page.waitForSelector(".state-empty");
    await page.goto(`${base}/#/article/no-such-article`);
    await page.waitForSelector(".state-error");
    expect(await page.textContent(".state-error")).toContain("no article");
    await page.close();
  });

  it("never runs a script written inside an article", async () => {
    const page = await newPage(1280);
    await page.goto(`${base}/#/article/${HOSTILE_ID}`);
    await page.waitForSelector(".article-text");
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __rasdPwned?: string }).__rasdPwned)).toBeUndefined();
    const text = await page.textContent(".article-text");
    expect(text).toContain("<script>window.__rasdPwned = 'text'</script>");
    expect(await page.locator(".article-text script, .article-text img, h1 script").count()).toBe(0);
    await page.goto(`${base}/#/search?q=${encodeURIComponent("المحادثات مثمرة")}`);
    await page.waitForSelector(".hit");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __rasdPwned?: string }).__rasdPwned)).toBeUndefined();
    await shot(page, "hostile-article-search-1280");
    await page.close();
  });

  it("saw no Content-Security-Policy violation or page error", () => {
    expect(problems).toEqual([]);
  });
});
