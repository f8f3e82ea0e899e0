import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../lib/runtime/nlu";
import { features } from "../../../lib/runtime/nlu/features";
import { stem } from "../../../lib/runtime/nlu/stem";

describe("normalizeText", () => {
  it("folds case, accents and punctuation and expands contractions", () => {
    expect(normalizeText("I can't log in!")).toBe("i can not log in");
    expect(normalizeText("Don’t — I'm ANGRY")).toBe("do not i am angry");
    expect(normalizeText("dont cant im")).toBe("do not can not i am");
    expect(normalizeText("Café Münchner-Straße")).toBe("cafe munchner strasse");
    expect(normalizeText("  🙂 ?! ")).toBe("");
  });
});

describe("stem and features", () => {
  it("stems English words the Porter way", () => {
    expect(["upgrading", "upgrades", "upgraded"].map(stem)).toEqual(["upgrad", "upgrad", "upgrad"]);
    expect(stem("relational")).toBe("relat");
    expect(stem("ponies")).toBe("poni");
  });

  it("maps synonyms and joined phrases to one feature and drops function words", () => {
    expect(features("Please remove my account")).toEqual(features("delete account"));
    expect(features("how to shut down")).toEqual(features("how to shutdown"));
    expect(features("can you please help")).toEqual(["help"]);
  });

  it("groups a synonym the stemmer leaves as it is (words of three letters) with its longer forms", () => {
    expect(features("buy a ticket")).toEqual(features("purchase a ticket"));
    expect(features("buying a ticket")).toEqual(features("purchasing a ticket"));
    expect(features("hey")).toEqual(features("hello"));
  });
});
