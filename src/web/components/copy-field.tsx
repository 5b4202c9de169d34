// A value to copy (a new API token): shown in a read-only field with a copy button.
import { useRef, useState } from "react";

export function CopyField({ label, value }: { label: string; value: string }) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"" | "copied" | "select">("");
  const copy = async () => {
    try {
      // The Clipboard API needs a secure context; plain HTTP on a LAN is not one.
      await navigator.clipboard.writeText(value);
      setCopied("copied");
    } catch {
      field.current?.select();
      setCopied(document.execCommand("copy") ? "copied" : "select");
    }
  };
  return (
    <div className="copy-field">
      <label>
        {label}
        <input ref={field} readOnly value={value} onFocus={(e) => e.target.select()} spellCheck={false} />
      </label>
      <button type="button" onClick={() => void copy()}>
        Copy
      </button>
      <span role="status" className="ok">
        {copied === "copied" ? "Copied." : copied === "select" ? "Selected: copy it with your keyboard." : ""}
      </span>
    </div>
  );
}
