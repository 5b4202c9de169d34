import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { type GraphModel, loadGraphModel } from "@tensorflow/tfjs-converter";
import * as tf from "@tensorflow/tfjs-core";
import { MoveNet, warmUp } from "./movenet.js";

/**
 * MoveNet on the tfjs wasm backend (SIMD) in Node, with everything read from disk: the weights from
 * @vladmandic/human's models folder and the wasm binaries from the backend package. Nothing is fetched.
 */

const require = createRequire(import.meta.url);

/** Where the installed packages keep the model and the wasm binaries. */
export function modelFiles(): { json: string; bin: string; wasmDir: string } {
  const models = join(dirname(require.resolve("@vladmandic/human")), "../models");
  return {
    json: join(models, "movenet-lightning.json"),
    bin: join(models, "movenet-lightning.bin"),
    wasmDir: `${dirname(require.resolve("@tensorflow/tfjs-backend-wasm"))}/`,
  };
}

interface ModelJson {
  modelTopology: tf.io.ModelArtifacts["modelTopology"];
  weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[];
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  signature?: object;
}

/** A tfjs IOHandler that reads a graph model and its single weights file from disk. */
export function diskModel(jsonPath: string, binPath: string): tf.io.IOHandler {
  return {
    async load() {
      const json = JSON.parse(await readFile(jsonPath, "utf8")) as ModelJson;
      const bin = await readFile(binPath);
      const artifacts: tf.io.ModelArtifacts = {
        modelTopology: json.modelTopology,
        weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
        weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
      };
      if (json.format !== undefined) artifacts.format = json.format;
      if (json.generatedBy !== undefined) artifacts.generatedBy = json.generatedBy;
      if (json.convertedBy != null) artifacts.convertedBy = json.convertedBy;
      if (json.signature !== undefined) artifacts.signature = json.signature;
      return artifacts;
    },
  };
}

let backendReady: Promise<void> | null = null;

/** Selects the wasm backend once per thread. */
function wasmBackend(wasmDir: string): Promise<void> {
  backendReady ??= (async () => {
    setWasmPaths(wasmDir);
    const ok = await tf.setBackend("wasm");
    if (!ok) throw new Error(`the tfjs wasm backend did not start (wasm files in ${wasmDir})`);
    await tf.ready();
  })();
  return backendReady;
}

/** A ready MoveNet Lightning on this thread's wasm backend, warmed up with one pass. */
export async function loadMoveNet(): Promise<MoveNet> {
  const files = modelFiles();
  await wasmBackend(files.wasmDir);
  const graph: GraphModel = await loadGraphModel(diskModel(files.json, files.bin));
  const model = new MoveNet(graph);
  await warmUp(model);
  return model;
}
