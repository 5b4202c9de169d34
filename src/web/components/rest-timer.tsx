// The rest timer: starts when a set is ticked, counts on screen, keeps the screen awake (Wake Lock)
// and at the end sounds, vibrates and announces "rest over" to screen readers.
import { useEffect, useRef, useState } from "react";

interface WakeLockSentinelLike {
  release(): Promise<void>;
}

async function keepAwake(): Promise<WakeLockSentinelLike | null> {
  const wakeLock = (
    navigator as Navigator & { wakeLock?: { request(type: "screen"): Promise<WakeLockSentinelLike> } }
  ).wakeLock;
  try {
    return wakeLock ? await wakeLock.request("screen") : null;
  } catch {
    return null; // refused (battery saver, hidden tab): the timer still counts
  }
}

function chime(): void {
  try {
    const audio = new AudioContext();
    for (const [i, freq] of [880, 1320].entries()) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.2, audio.currentTime + i * 0.25);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + i * 0.25 + 0.22);
      osc.connect(gain).connect(audio.destination);
      osc.start(audio.currentTime + i * 0.25);
      osc.stop(audio.currentTime + i * 0.25 + 0.25);
    }
    setTimeout(() => void audio.close(), 1000);
  } catch {
    // No audio device: the vibration and the on-screen message remain.
  }
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

export function RestTimer({
  startedAt,
  seconds,
  onStop,
}: {
  startedAt: number | null;
  seconds: number;
  onStop: () => void;
}) {
  const [now, setNow] = useState(Date.now());
  const [over, setOver] = useState(false);
  const lock = useRef<WakeLockSentinelLike | null>(null);

  useEffect(() => {
    if (startedAt === null) return;
    setOver(false);
    void keepAwake().then((l) => {
      lock.current = l;
    });
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => {
      clearInterval(timer);
      void lock.current?.release();
      lock.current = null;
    };
  }, [startedAt]);

  const left = startedAt === null ? 0 : Math.max(0, Math.ceil((startedAt + seconds * 1000 - now) / 1000));
  useEffect(() => {
    if (startedAt !== null && left === 0 && !over) {
      setOver(true);
      chime();
      navigator.vibrate?.([200, 100, 200]);
      void lock.current?.release();
    }
  }, [left, over, startedAt]);

  if (startedAt === null) return null;
  return (
    <div className={over ? "rest-timer over" : "rest-timer"}>
      <span aria-hidden={!over}>{over ? "Rest over — next set" : `Rest ${clock(left)}`}</span>
      <span className="sr-only" aria-live="assertive">
        {over ? "Rest over. Time for the next set." : ""}
      </span>
      <button type="button" onClick={onStop} aria-label={over ? "Dismiss" : "Stop the rest timer"}>
        {over ? "OK" : "Skip"}
      </button>
    </div>
  );
}
