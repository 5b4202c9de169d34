// Form check: record or pick a video of a set; the pose model and the form analysis run on this
// phone (nothing is uploaded); then the reps, the hip-angle plot, each rep's top frame with the
// skeleton and angles, the cues, and "attach to a set" (only the analysis is sent, never the video).
import { type ChangeEvent, useEffect, useMemo, useRef, useState } from "react";
import type { Analysis, RepAnalysis } from "../../contract/analysis.js";
import type { KeypointsFile } from "../../contract/keypoints.js";
import { analyzeKeypoints } from "../../form/analyze.js";
import { signedHipAngle } from "../../form/angles.js";
import { wasJudged } from "../../form/judged.js";
import { COCO17_BONES, COCO17_INDEX } from "../../pose/types.js";
import { ApiError, api, athletePath } from "../api.js";
import { Chart } from "../components/chart.js";
import { Problem, Screen } from "../components/ui.js";
import { localDay, useApi } from "../data.js";
import { useExerciseNames } from "../names.js";
import { type Backend, type PoseRun, type Progress, poseOfVideo } from "../pose/browser-pose.js";
import { useAthlete } from "../session.js";
import type { StoredSession } from "../types.js";

type Keypoints = KeypointsFile["frames"][number]["keypoints"];

/** The shoulder–hip–knee angle of each frame on the analysed side, as the analysis measures it. */
function hipAngles(file: KeypointsFile, analysis: Analysis): (number | null)[] {
  const side = analysis.side === "left" ? "left" : "right";
  const [s, h, k] = [`${side}Shoulder`, `${side}Hip`, `${side}Knee`].map(
    (j) => COCO17_INDEX[j as keyof typeof COCO17_INDEX],
  ) as [number, number, number];
  const facing = analysis.facing === "right" ? 1 : -1;
  return file.frames.map(({ keypoints }) => {
    const [a, b, c] = [keypoints[s], keypoints[h], keypoints[k]];
    if (!a || !b || !c || Math.min(a[2], b[2], c[2]) < 0.2) return null;
    return Math.round(signedHipAngle(a[0], a[1], b[0], b[1], c[0], c[1], facing) * 10) / 10;
  });
}

function nearestFrame(file: KeypointsFile, t: number): Keypoints | undefined {
  let best = file.frames[0];
  for (const frame of file.frames) if (Math.abs(frame.t - t) < Math.abs((best?.t ?? 0) - t)) best = frame;
  return best?.keypoints;
}

export default function FormCheckScreen() {
  const athlete = useAthlete();
  const video = useRef<HTMLVideoElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [run, setRun] = useState<PoseRun | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [error, setError] = useState<unknown>(null);
  const backend = new URLSearchParams(location.search).get("backend") as Backend | null;

  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setRun(null);
    setAnalysis(null);
    setError(null);
    setUrl(URL.createObjectURL(file));
  };

  const analyse = async () => {
    const el = video.current;
    if (!el) return;
    setError(null);
    setProgress({ done: 0, total: 1 });
    try {
      if (el.readyState < 1)
        await new Promise((resolve) => el.addEventListener("loadedmetadata", resolve, { once: true }));
      const result = await poseOfVideo(el, setProgress, undefined, backend ?? undefined);
      setRun(result);
      setAnalysis(analyzeKeypoints(result.keypoints, { hipHidden: result.hipHidden }));
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Screen title="Form check" picker>
      <p className="card privacy">
        <strong>Your video never leaves this phone.</strong> The pose model runs here, in the browser; only
        the result (reps, angles, faults) is sent if you attach it to a set.
      </p>
      <div className="card">
        <p className="muted">Film from the side, camera at hip height, the whole body in frame.</p>
        <div className="actions">
          <label className="button">
            Record with the camera
            <input className="sr-only" type="file" accept="video/*" capture="environment" onChange={choose} />
          </label>
          <label className="button">
            Choose a video
            <input className="sr-only" type="file" accept="video/*" onChange={choose} />
          </label>
        </div>
        {url && (
          <>
            <video ref={video} src={url} className="clip" controls muted playsInline preload="auto" />
            <button
              type="button"
              className="primary wide"
              disabled={progress !== null}
              onClick={() => void analyse()}
            >
              Analyse on this phone
            </button>
          </>
        )}
        {progress && (
          <p role="status">
            <progress max={progress.total} value={progress.done} aria-label="Analysis progress" /> Frame{" "}
            {progress.done} of {progress.total}
          </p>
        )}
        <Problem error={error} />
      </div>
      <p className="sr-only" aria-live="polite">
        {analysis ? `${analysis.repCount} reps counted.` : ""}
      </p>
      {analysis && run && url && <Report analysis={analysis} run={run} url={url} athlete={athlete} />}
    </Screen>
  );
}

function Report({
  analysis,
  run,
  url,
  athlete,
}: {
  analysis: Analysis;
  run: PoseRun;
  url: string;
  athlete: string;
}) {
  const angles = useMemo(() => hipAngles(run.keypoints, analysis), [run, analysis]);
  // A plate over the hip makes its angle the model's guess: the table does not show it as measured.
  const hipTop = (rep: RepAnalysis) =>
    wasJudged(analysis, "lockout") ? `${Math.round(rep.hipAngleTop)}°` : "hidden";
  const chart = useMemo(
    () => ({
      x: run.keypoints.frames.map((f) => f.t),
      series: [{ label: "hip angle (°)", colour: "#0f766e", values: angles, points: false }],
    }),
    [run, angles],
  );
  return (
    <>
      <section className="card" aria-labelledby="reps-title">
        <h2 id="reps-title">
          <span className="rep-count">{analysis.repCount}</span> reps
        </h2>
        <p className="muted">
          Seen from the {analysis.side} side, feet to the {analysis.facing}; analysed with{" "}
          {run.backend.toUpperCase()} at {run.fps.toFixed(1)} frames/s.
        </p>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col">Top (s)</th>
                <th scope="col">Hip at top</th>
                <th scope="col">Range</th>
                <th scope="col">Up / down (s)</th>
                <th scope="col">Faults</th>
              </tr>
            </thead>
            <tbody>
              {analysis.reps.map((r) => (
                <tr key={r.index}>
                  <th scope="row">{r.index}</th>
                  <td>{r.top.toFixed(1)}</td>
                  <td>{hipTop(r)}</td>
                  <td>{Math.round(r.rangeOfMotion)}°</td>
                  <td>
                    {r.concentricSeconds.toFixed(1)} / {r.eccentricSeconds.toFixed(1)}
                  </td>
                  <td>{r.faults.length ? r.faults.join(", ") : "none"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <Chart
        title="Hip angle over the set (180° = straight line)"
        x={chart.x}
        series={chart.series}
        yLabel="°"
        xIsTime={false}
      />
      {analysis.cues.length > 0 && (
        <section className="card" aria-labelledby="cues-title">
          <h2 id="cues-title">What to fix</h2>
          <ul className="warnings">
            {analysis.cues.map((c) => (
              <li key={c.fault} className="warning">
                <strong>{c.mistake}</strong> {c.why} <em>{c.fix}</em>
              </li>
            ))}
          </ul>
        </section>
      )}
      {analysis.notJudged.length > 0 && (
        <section className="card" aria-labelledby="not-judged-title">
          <h2 id="not-judged-title">Not judged from this video</h2>
          <ul>
            {analysis.notJudged.map((n) => (
              <li key={n.check}>{n.why.charAt(0).toUpperCase() + n.why.slice(1)}.</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="frames-title">
        <h2 id="frames-title">Each rep at the top</h2>
        <div className="frames">
          {analysis.reps.map((r) => (
            <TopFrame
              key={r.index}
              url={url}
              file={run.keypoints}
              t={r.top}
              label={`Rep ${r.index}: hip ${hipTop(r)}, knee ${Math.round(r.kneeAngleTop)}°`}
            />
          ))}
        </div>
      </section>
      <Attach athlete={athlete} analysis={analysis} />
    </>
  );
}

/** The frame at a rep's top with the skeleton and the shoulder–hip–knee line drawn on it. */
function TopFrame({ url, file, t, label }: { url: string; file: KeypointsFile; t: number; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const video = document.createElement("video");
    video.muted = true;
    video.src = url;
    video.addEventListener("loadeddata", () => {
      video.currentTime = t;
    });
    video.addEventListener("seeked", () => {
      const scale = Math.min(1, 360 / Math.max(video.videoWidth, video.videoHeight));
      el.width = Math.round(video.videoWidth * scale);
      el.height = Math.round(video.videoHeight * scale);
      const ctx = el.getContext("2d");
      const keypoints = nearestFrame(file, t);
      if (!ctx || !keypoints) return;
      ctx.drawImage(video, 0, 0, el.width, el.height);
      ctx.lineWidth = 3;
      ctx.strokeStyle = "#22d3ee";
      for (const [a, b] of COCO17_BONES) {
        const p = keypoints[a];
        const q = keypoints[b];
        if (!p || !q || p[2] < 0.2 || q[2] < 0.2) continue;
        ctx.beginPath();
        ctx.moveTo(p[0] * scale, p[1] * scale);
        ctx.lineTo(q[0] * scale, q[1] * scale);
        ctx.stroke();
      }
      ctx.fillStyle = "#fbbf24";
      for (const [x, y, score] of keypoints) {
        if (score < 0.2) continue;
        ctx.beginPath();
        ctx.arc(x * scale, y * scale, 4, 0, Math.PI * 2);
        ctx.fill();
      }
      ctx.font = "bold 16px system-ui";
      ctx.fillStyle = "#000a";
      ctx.fillRect(0, 0, el.width, 26);
      ctx.fillStyle = "#fff";
      ctx.fillText(label, 8, 18);
    });
  }, [url, file, t, label]);
  return (
    <figure className="frame">
      <canvas ref={canvas} role="img" aria-label={`${label}, with the skeleton drawn`} />
    </figure>
  );
}

/** Sends the analysis (not the video) to one of today's hip-thrust sets. */
function Attach({ athlete, analysis }: { athlete: string; analysis: Analysis }) {
  const day = localDay();
  const name = useExerciseNames();
  const today = useApi<StoredSession[]>(athletePath(athlete, `/sessions?from=${day}&to=${day}`));
  const sets = (today.data ?? []).flatMap((s) =>
    s.exercises
      .filter((e) => e.exercise.includes("hip-thrust") || e.exercise.includes("bridge"))
      .flatMap((e) =>
        e.sets
          .filter((x) => !x.warmup)
          .map((x) => ({ id: x.id, label: `${name(e.exercise)}: ${x.reps} × ${x.load} ${x.unit}` })),
      ),
  );
  const [choice, setChoice] = useState<string>("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(null);
  // The set's gates were entered by hand and the video says otherwise: the person chooses.
  const [conflict, setConflict] = useState(false);
  const attach = async (force: boolean) => {
    setError(null);
    setConflict(false);
    try {
      const id = Number(choice || sets.at(-1)?.id);
      const { gates } = await api<{ gates: { fullLockout: boolean | null; controlled: boolean } }>(
        athletePath(athlete, `/sets/${id}/analyses${force ? "?force=true" : ""}`),
        { method: "POST", body: analysis },
      );
      setNote(
        `Attached. The set now says: ${gates.fullLockout === null ? "lockout not judged from the video (as it was)" : gates.fullLockout ? "full lockout" : "no full lockout"}, ` +
          `${gates.controlled ? "controlled" : "not controlled"}.`,
      );
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) setConflict(true);
      else setError(e);
    }
  };
  return (
    <section className="card" aria-labelledby="attach-title">
      <h2 id="attach-title">Attach to a set</h2>
      {sets.length === 0 ? (
        <p className="muted">Log today's set first, then attach this analysis to it.</p>
      ) : (
        <>
          <label>
            Today's set
            <select value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">the latest ({sets.at(-1)?.label})</option>
              {sets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" onClick={() => void attach(false)}>
            Attach to this set
          </button>
        </>
      )}
      {conflict && (
        <div className="note" role="alert">
          <p>
            This set's lockout and control were ticked by hand, and the video sees it differently. Nothing was
            attached.
          </p>
          <button type="button" onClick={() => void attach(true)}>
            Use the video's verdict
          </button>
        </div>
      )}
      <p role="status" className="ok">
        {note}
      </p>
      <Problem error={error} />
    </section>
  );
}
