// The actor network drawn by Cytoscape (canvas, cose layout). Node size grows
// with the number of events, edge width with the number of shared events;
// clicking a node opens that entity's page.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Network } from "../../server/api-types.js";
import { ErrorBox, Loading } from "./states.js";

const TYPE_COLORS: Record<string, string> = { PER: "#1f6f8b", ORG: "#d35400", GPE: "#27ae60", LOC: "#7f8c8d", MISC: "#95a5a6" };
const FONT = '"Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, sans-serif';

/**
 * Cytoscape injects a <style> element (making its container position:relative)
 * unless an element with this id exists. The strict CSP blocks inline styles,
 * so we claim the id and put that rule in styles.css (.graph) instead.
 */
function preventInjectedStylesheet(): void {
  const id = "__________cytoscape_stylesheet";
  if (document.getElementById(id)) return;
  const marker = document.createElement("meta");
  marker.id = id;
  document.head.appendChild(marker);
}

export function NetworkGraph({ network, onNode }: { network: Network; onNode: (key: string) => void }) {
  const el = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<"loading" | "ok" | "error">("loading");
  useEffect(() => {
    let disposed = false;
    let cy: { destroy(): void } | null = null;
    import("cytoscape").then(
      ({ default: cytoscape }) => {
        if (disposed || !el.current) return;
        preventInjectedStylesheet();
        const maxDegree = Math.max(1, ...network.nodes.map((n) => n.degree));
        const maxWeight = Math.max(1, ...network.edges.map((e) => e.weight));
        const c = cytoscape({
          container: el.current,
          elements: [
            ...network.nodes.map((n) => ({
              data: {
                id: String(n.id),
                key: n.key,
                label: n.name_en ? `${n.name}\n${n.name_en}` : n.name,
                size: 18 + 30 * Math.sqrt(n.degree / maxDegree),
                color: TYPE_COLORS[n.type] ?? "#555",
              },
            })),
            ...network.edges.map((e) => ({
              data: { id: `${e.source}-${e.target}`, source: String(e.source), target: String(e.target), width: 1 + 7 * (e.weight / maxWeight) },
            })),
          ],
          style: [
            {
              selector: "node",
              style: {
                "background-color": "data(color)",
                width: "data(size)",
                height: "data(size)",
                label: "data(label)",
                "font-family": FONT,
                "font-size": 12,
                "text-wrap": "wrap",
                "text-valign": "bottom",
                "text-margin-y": 4,
                "text-background-color": "#ffffff",
                "text-background-opacity": 0.8,
                "text-background-padding": "2px",
                // Labels too small to read (a large network on a phone) are hidden until zoomed in.
                "min-zoomed-font-size": 7,
              },
            },
            { selector: "edge", style: { width: "data(width)", "line-color": "#9aa5b1", "curve-style": "bezier", opacity: 0.8 } },
            { selector: "node:active, node:selected", style: { "border-width": 3, "border-color": "#111" } },
          ],
          layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 24 },
          minZoom: 0.2,
          maxZoom: 3,
        });
        c.on("tap", "node", (evt) => onNode(evt.target.data("key") as string));
        cy = c;
        // Tests and assistive tools read the graph's state from the DOM.
        el.current.dataset.nodes = String(network.nodes.length);
        el.current.dataset.ready = "true";
        setStatus("ok");
      },
      () => !disposed && setStatus("error"),
    );
    return () => {
      disposed = true;
      cy?.destroy();
    };
  }, [network]);
  return (
    <div class="chart-wrap">
      {status === "loading" ? <Loading label="جارٍ رسم الشبكة…" /> : null}
      {status === "error" ? <ErrorBox message="تعذّر تحميل مكتبة الشبكة" /> : null}
      <div ref={el} class="graph" role="img" aria-label="شبكة الفاعلين: من التقى أو اتصل بمن" />
    </div>
  );
}
