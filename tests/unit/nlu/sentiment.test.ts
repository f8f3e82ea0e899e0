import { describe, expect, it } from "vitest";
import { isNegativeMessage } from "../../../lib/runtime/nlu";
import { ENGLISH } from "../../../lib/runtime/nlu/english";

describe("isNegativeMessage", () => {
  it("flags negative and profane messages", () => {
    for (const s of ["this is useless", "I hate this bot", "wtf", "this is fucking ridiculous", "that's not helpful", "it doesn't work", "WHERE IS MY ORDER"]) {
      expect(isNegativeMessage(s, ENGLISH), s).toBe(true);
    }
  });

  it("leaves neutral and positive messages alone, negation included", () => {
    for (const s of ["where is my order", "thanks, great", "not bad", "I'm not angry, just asking", "hello", "OK", ""]) {
      expect(isNegativeMessage(s, ENGLISH), s).toBe(false);
    }
  });
});
