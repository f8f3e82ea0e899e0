import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../lib/runtime/nlu";
import { features } from "../../../lib/runtime/nlu/features";
import { stem } from "../../../lib/runtime/nlu/stem";
import { ENGLISH } from "../../../lib/runtime/nlu/english";
import { language } from "../../../lib/runtime/nlu/language";

const EN = language(ENGLISH);

describe("normalizeText", () => {
  it("folds case, accents and punctuation and expands contractions", () => {
    expect(normalizeText("I can't log in!")).toBe("i can not log in");
    expect(normalizeText("Don’t — I'm ANGRY")).toBe("do not i am angry");
    expect(normalizeText("dont cant im")).toBe("do not can not i am");
    expect(normalizeText("Café Münchner-Straße")).toBe("cafe munchner strasse");
    expect(normalizeText("  🙂 ?! ")).toBe("");
  });

  it("turns every run of spaces and punctuation into one space, whether or not the text looks plain already", () => {
    const parts = fc.constantFrom("a", "Z", "9", "billing", " ", "  ", ",", "?", "-", "é", "\t", "");
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 8 }).map((list) => list.join("")), (text) => {
        const normal = normalizeText(text);
        expect(normal).toBe(normal.replace(/[^\p{L}\p{N}]+/gu, " ").trim());
        expect(normal.replace(/ /g, "")).toBe(text.toLowerCase().normalize("NFD").replace(/[^a-z0-9]/g, ""));
      }),
    );
  });
});

describe("stem and features", () => {
  it("stems English words the Porter way", () => {
    expect(["upgrading", "upgrades", "upgraded"].map(stem)).toEqual(["upgrad", "upgrad", "upgrad"]);
    expect(stem("relational")).toBe("relat");
    expect(stem("ponies")).toBe("poni");
  });

  it("maps synonyms and joined phrases to one feature and drops function words", () => {
    expect(features("Please remove my account", EN)).toEqual(features("delete account", EN));
    expect(features("how to shut down", EN)).toEqual(features("how to shutdown", EN));
    expect(features("can you please help", EN)).toEqual(["help"]);
  });

  it("groups a synonym the stemmer leaves as it is (words of three letters) with its longer forms", () => {
    expect(features("buy a ticket", EN)).toEqual(features("purchase a ticket", EN));
    expect(features("buying a ticket", EN)).toEqual(features("purchasing a ticket", EN));
    expect(features("hey", EN)).toEqual(features("hello", EN));
  });
});
