// Draws the app's PNG icons from its SVG with sharp (run after changing src/web/public/icon.svg).
import sharp from "sharp";

const svg = "src/web/public/icon.svg";
for (const size of [192, 512]) {
  await sharp(svg, { density: 300 }).resize(size, size).png().toFile(`src/web/public/icon-${size}.png`);
  console.log(`src/web/public/icon-${size}.png`);
}
