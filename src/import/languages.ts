// Which language a header we cannot read is in, so the refusal can say so ("a German export"):
// a few words each localised export's header is likely to hold.

const HEADER_WORDS: Record<string, string[]> = {
  German: ["datum", "übung", "gewicht", "wiederholungen", "satz", "trainingsname"],
  French: ["exercice", "poids", "répétitions", "série", "séance"],
  Spanish: ["fecha", "ejercicio", "repeticiones", "entrenamiento"],
  Italian: ["esercizio", "ripetizioni", "allenamento", "serie"],
  Portuguese: ["exercício", "repetições", "treino", "séries"],
  Dutch: ["oefening", "gewicht", "herhalingen", "training"],
  Swedish: ["övning", "vikt", "repetitioner", "träningspass"],
  Danish: ["dato", "øvelse", "vægt", "gentagelser"],
  Norwegian: ["dato", "øvelse", "vekt", "repetisjoner"],
  Finnish: ["päivämäärä", "liike", "paino", "toistot", "harjoitus"],
  Polish: ["data", "ćwiczenie", "ciężar", "powtórzenia", "trening"],
  Russian: ["дата", "упражнение", "вес", "повторения", "тренировка"],
  Turkish: ["tarih", "egzersiz", "ağırlık", "tekrar", "antrenman"],
  Japanese: ["日付", "種目", "重量", "回数", "ワークアウト"],
  Korean: ["날짜", "운동", "무게", "횟수"],
  Chinese: ["日期", "动作", "動作", "次数", "次數", "训练", "訓練"],
};

/** The language most of the header's words are in, or undefined when none is recognised. */
export function headerLanguage(header: readonly string[]): string | undefined {
  const text = header.join(" ").toLocaleLowerCase();
  let best: { language: string; hits: number } | undefined;
  for (const [language, words] of Object.entries(HEADER_WORDS)) {
    const hits = words.filter((w) => text.includes(w)).length;
    if (hits > 0 && hits > (best?.hits ?? 0)) best = { language, hits };
  }
  return best?.language;
}
