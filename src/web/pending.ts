// The outbox as screens see it: how many changes are not on the server yet, and the pending sets.
import { useEffect, useState } from "react";
import { type OutboxItem, onOutboxChange, outboxItems } from "./outbox.js";

export function useOutbox(): OutboxItem[] {
  const [items, setItems] = useState<OutboxItem[]>([]);
  useEffect(() => {
    let live = true;
    const read = () =>
      void outboxItems().then((all) => {
        if (live) setItems(all);
      });
    read();
    const off = onOutboxChange(read);
    return () => {
      live = false;
      off();
    };
  }, []);
  return items;
}
