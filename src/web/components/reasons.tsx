// Warnings come first and stay visible; reasons fold under "why", each with its rule id.
import type { NextRecommendation, Warning } from "../types.js";
import { Fold } from "./ui.js";

export function Warnings({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings" aria-label="Warnings">
      {warnings.map((w) => (
        <li key={w.code + w.message} className="warning">
          <strong>{w.code.replace(/-/g, " ")}:</strong> {w.message}
        </li>
      ))}
    </ul>
  );
}

export function Reasons({ reasons, open }: { reasons: NextRecommendation["reasons"]; open?: boolean }) {
  if (reasons.length === 0) return null;
  return (
    <Fold summary="Why" open={open}>
      <ul className="reasons">
        {reasons.map((r) => (
          <li key={r.rule + r.message}>
            <span className="rule" title="The rule behind this (see Library → Rules)">
              {r.rule}
            </span>{" "}
            {r.message}
          </li>
        ))}
      </ul>
    </Fold>
  );
}
