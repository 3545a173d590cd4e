// Starts the card builder: its wasm runs `main` (src/bin/builder.rs) once instantiated.
import init from './builder.js';

init().catch((error) => console.error('filmcard: the builder could not start:', error));
