// The facts the loader shares with the card, generated from src/contract.rs and styles/ by
// `cargo run --bin contract` (scripts/dist.sh, and the loader layer of scripts/test.sh, write it).
export * from '../../target/loader/contract.js';
