// Form check: placeholder replaced once the pose modules are in main.
import { Screen } from "../components/ui.js";

export default function FormCheckScreen() {
  return (
    <Screen title="Form check">
      <p>The in-browser form check needs the pose modules; they are not in this build.</p>
    </Screen>
  );
}
