"use client";

import { useDeferredValue, useId, useMemo, useState } from "react";
import { Headset } from "lucide-react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FlowSettings } from "@/lib/flow";
import type { IntentConfig } from "@/lib/flow/node-kinds/intent";
import { isLiveAgentRequest, trainClassifier, type Classifier } from "@/lib/runtime/nlu";
import { ENGLISH } from "@/lib/runtime/nlu/english";

/**
 * "Try a sentence": trains the built-in NLU on the node's intents (as being edited) and shows what a
 * sentence would do — the matched intent and its score, or no match, with the top three — and when
 * the live-agent check would hand the user to a person before intent matching even runs.
 */
export function TrySentence({ config, settings }: { config: IntentConfig; settings: FlowSettings }) {
  const id = useId();
  const [text, setText] = useState("");
  // training is the expensive part: follow the edits at React's pace, not every keystroke's
  const trainedOn = useDeferredValue(config);
  const threshold = trainedOn.threshold ?? settings.nluThreshold;
  const classifier = useMemo(() => train(trainedOn, threshold), [trainedOn, threshold]);
  const sentence = text.trim();
  const liveAgent = sentence !== "" && settings.liveAgent.enabled && isLiveAgentRequest(sentence, ENGLISH, settings.liveAgent.phrases);
  const result = sentence === "" || classifier === null ? null : classifier.classify(sentence);

  return (
    <div className="space-y-2">
      <Field label="Try a sentence" htmlFor={id} hint="What would a user's message do here?">
        <Input id={id} value={text} placeholder="e.g. where is my parcel" onChange={(event) => setText(event.target.value)} />
      </Field>
      {classifier === null ? <p className="text-xs text-rose-600">Fix the intents above to try sentences.</p> : null}
      {sentence !== "" && result ? (
        <div data-testid="try-result" aria-live="polite" className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-2.5 text-sm">
          {liveAgent ? (
            <p className="flex items-center gap-1.5 font-medium text-amber-800">
              <Headset className="h-4 w-4" /> Talk to a person — user_request
            </p>
          ) : null}
          <p className={liveAgent ? "text-xs text-slate-500" : "text-slate-900"}>
            {liveAgent ? "Otherwise: " : ""}
            {result.intent === null ? (
              <span><span className="font-medium">no match</span> <span className="text-slate-500">(best {format(result.score)}, needs {format(threshold)})</span></span>
            ) : (
              <span>
                <span className="font-mono font-medium">{result.intent}</span> <span className="text-slate-500">score {format(result.score)}</span>
              </span>
            )}
          </p>
          <ol className="space-y-1" aria-label="Top intents">
            {result.ranking.slice(0, 3).map((entry) => (
              <li key={entry.intent} className="grid grid-cols-[6rem_1fr_2.5rem] items-center gap-2 text-xs">
                <span className="truncate font-mono text-slate-700">{entry.intent}</span>
                <span className="h-1.5 rounded-full bg-slate-200">
                  <span className={`block h-1.5 rounded-full ${entry.score >= threshold ? "bg-sky-500" : "bg-slate-400"}`} style={{ width: `${Math.round(entry.score * 100)}%` }} />
                </span>
                <span className="text-right tabular-nums text-slate-500">{format(entry.score)}</span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}

const format = (score: number) => score.toFixed(2);

/** Trains on what is there; a half-typed regex must not take the panel down, so failures are null. */
function train(config: IntentConfig, threshold: number): Classifier | null {
  try {
    const intents = config.intents.map((intent) => ({ name: intent.name, examples: intent.examples, keywords: intent.keywords, patterns: intent.patterns }));
    return trainClassifier(intents, { language: ENGLISH, outOfScope: config.outOfScope, threshold });
  } catch {
    return null;
  }
}
