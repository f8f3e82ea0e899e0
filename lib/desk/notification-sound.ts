/**
 * A short two-tone beep through WebAudio (no sound file to ship). Browsers only allow audio after
 * the person interacted with the page, so the context is created lazily and resumed on demand;
 * when audio is blocked or missing the beep is silently skipped — the badge still shows.
 */
export function createNotificationSound(): { play(): void } {
  let context: AudioContext | null = null;
  let lastAt = 0;
  return {
    play() {
      if (typeof window === "undefined" || typeof window.AudioContext !== "function") return;
      const now = performance.now();
      if (now - lastAt < 1_000) return; // a burst of handoffs beeps once
      lastAt = now;
      try {
        context ??= new window.AudioContext();
        if (context.state === "suspended") void context.resume();
        const start = context.currentTime;
        for (const [offset, frequency] of [[0, 880], [0.16, 1320]] as const) {
          const oscillator = context.createOscillator();
          const gain = context.createGain();
          oscillator.type = "sine";
          oscillator.frequency.value = frequency;
          gain.gain.setValueAtTime(0.0001, start + offset);
          gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02);
          gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.14);
          oscillator.connect(gain).connect(context.destination);
          oscillator.start(start + offset);
          oscillator.stop(start + offset + 0.15);
        }
      } catch {
        // audio unavailable: the badge and title still tell the agent
      }
    },
  };
}
