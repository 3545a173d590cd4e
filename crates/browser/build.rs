//! Puts the card's stylesheet where `src/lib.rs` includes it from: the sources in the
//! repository's `styles/` as they are, or, when `FILMCARD_STYLES` names a file (`scripts/dist.sh`
//! writes one minified by esbuild), that file, so the bundle readers download carries no comments
//! or indentation.
use std::{env, fs, path::Path};

fn main() {
    let sources = ["../../styles/tokens.css", "../../styles/card.css"];
    for source in sources {
        println!("cargo:rerun-if-changed={source}");
    }
    println!("cargo:rerun-if-env-changed=FILMCARD_STYLES");
    let css = match env::var("FILMCARD_STYLES") {
        Ok(minified) if !minified.is_empty() => {
            println!("cargo:rerun-if-changed={minified}");
            fs::read_to_string(&minified).unwrap_or_else(|error| panic!("{minified}: {error}"))
        }
        _ => sources
            .iter()
            .map(|source| {
                fs::read_to_string(source).unwrap_or_else(|error| panic!("{source}: {error}"))
            })
            .collect(),
    };
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("styles.css");
    fs::write(&out, css).unwrap_or_else(|error| panic!("{}: {error}", out.display()));
}
