// The shell: header with navigation, and the view the hash route selects.
import { Component, type ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { href, useRoute, type Route } from "./router.js";
import { SearchPage } from "./pages/search.js";
import { ArticlePage } from "./pages/article.js";
import { TimelinePage } from "./pages/timeline.js";
import { NetworkPage } from "./pages/network.js";
import { EntityPage } from "./pages/entity.js";
import { EntitiesPage } from "./pages/entities.js";
import { StatementsPage } from "./pages/statements.js";
import { ErrorBox } from "./components/states.js";

const NAV: { section: string; label: string }[] = [
  { section: "search", label: "البحث" },
  { section: "statements", label: "التصريحات" },
  { section: "timeline", label: "الخط الزمني" },
  { section: "network", label: "شبكة الفاعلين" },
  { section: "entities", label: "الكيانات" },
];

/** A view that throws shows an error box instead of a blank page; a new route starts fresh. */
class Boundary extends Component<{ children: ComponentChildren }, { error: Error | null }> {
  override state = { error: null as Error | null };
  override componentDidCatch(error: Error) {
    this.setState({ error });
  }
  render() {
    return this.state.error ? <ErrorBox message={`تعذّر عرض هذه الصفحة: ${this.state.error.message}`} /> : this.props.children;
  }
}

const SECTION_TITLES: Record<string, string> = {
  search: "البحث",
  article: "مقال",
  entity: "كيان",
  entities: "الكيانات",
  statements: "التصريحات",
  timeline: "الخط الزمني",
  network: "شبكة الفاعلين",
};

function View({ route }: { route: Route }) {
  const [section = "search", id] = route.parts;
  switch (section) {
    case "search":
      return <SearchPage params={route.params} />;
    case "article":
      return id ? <ArticlePage id={id} params={route.params} /> : <ErrorBox message="لم يُحدَّد المقال" code={404} />;
    case "entity":
      return id ? <EntityPage entityKey={id} /> : <ErrorBox message="لم يُحدَّد الكيان" code={404} />;
    case "entities":
      return <EntitiesPage params={route.params} />;
    case "statements":
      return <StatementsPage params={route.params} />;
    case "timeline":
      return <TimelinePage params={route.params} />;
    case "network":
      return <NetworkPage params={route.params} />;
    default:
      return <ErrorBox message={`لا توجد صفحة بهذا العنوان: ${section}`} code={404} />;
  }
}

export function App() {
  const route = useRoute();
  const section = route.parts[0] ?? "search";
  useEffect(() => {
    window.scrollTo(0, 0);
    document.title = `رصد — ${SECTION_TITLES[section] ?? "سجل الأخبار الدبلوماسية"}`;
    // On a phone the nav scrolls sideways: keep the current section's tab in view.
    document.querySelector(".site-nav [aria-current]")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [route.parts.join("/")]);
  return (
    <>
      <header class="site-header">
        <a class="brand" href={href(["search"])}>
          <span class="brand-mark" aria-hidden="true">◉</span> رصد
          <small>سجل الأخبار الدبلوماسية</small>
        </a>
        <nav class="site-nav" aria-label="الأقسام">
          {NAV.map((n) => (
            <a key={n.section} href={href([n.section])} aria-current={section === n.section ? "page" : undefined}>
              {n.label}
            </a>
          ))}
        </nav>
      </header>
      <main id="main">
        <Boundary key={route.parts.join("/")}>
          <View route={route} />
        </Boundary>
      </main>
      <footer class="site-footer">
        <a href="/openapi.json" lang="en" dir="ltr">
          OpenAPI
        </a>
      </footer>
    </>
  );
}
