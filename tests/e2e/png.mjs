// What a screenshot shows, for the tests that take the README's pictures (the demo card, the
// builder): its size as the PNG states it, and its pixels decoded by the browser itself.
import assert from 'node:assert/strict';

/** A PNG's width and height, from its IHDR chunk, which a valid PNG has first. */
export function pngSize(png) {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
  assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR', 'the IHDR chunk comes first');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Decodes a PNG in a blank page and returns what it shows: its size, how many colours it has and
 * the share of its pixels that differ from its commonest colour (the card's background).
 */
export async function pngPixels(context, png) {
  const blank = await context.newPage();
  try {
    return await blank.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
      const context2d = canvas.getContext('2d');
      context2d.drawImage(image, 0, 0);
      const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
      const counts = new Map();
      for (let i = 0; i < data.length; i += 4) {
        const pixel = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        counts.set(pixel, (counts.get(pixel) ?? 0) + 1);
      }
      const background = Math.max(...counts.values());
      return { width: canvas.width, height: canvas.height, colours: counts.size, inked: 1 - background / (data.length / 4) };
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}
