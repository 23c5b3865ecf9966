import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { entered } from "@/components/ui/entered";
import { fillNodes } from "@/components/ui/fill-nodes";

const html = (template: string, values: Parameters<typeof fillNodes>[1]) =>
  renderToStaticMarkup(createElement("p", null, fillNodes(template, values)));

describe("a catalogue's sentence filled with React nodes", () => {
  it("keeps entered data in its own marked element and the words around it as text", () => {
    const unit = createElement("span", entered("unit"), "Phường Việt Yên");
    expect(html("The latest months of {unit}. Choose a month ({count}).", { unit, count: 12 })).toBe(
      '<p>The latest months of <span translate="no" data-entered="unit">Phường Việt Yên</span>. Choose a month (12).</p>',
    );
  });

  it("fills a placeholder used twice and leaves an unknown one as it is, like fill", () => {
    expect(html("{a} and {a}, {b}", { a: "x" })).toBe("<p>x and x, {b}</p>");
  });
});
