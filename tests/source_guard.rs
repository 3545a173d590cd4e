//! Film data comes from whoever wrote the page, so it must reach the DOM as text only. This guard
//! fails the build when any source file opens a raw-HTML path, unless that line says why it is
//! safe with a `// raw-html-allowed: <justification>` comment.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// Raw-HTML entry points, written lower case without underscores so that Rust names
/// (`set_inner_html`), DOM names (`innerHTML`) and Yew's (`Html::from_html_unchecked`) all match.
const RAW_HTML: [&str; 7] = [
    "fromhtml",
    "innerhtml",
    "outerhtml",
    "insertadjacenthtml",
    "createcontextualfragment",
    "sethtmlunsafe",
    "parsehtmlunsafe",
];

const ALLOW: &str = "// raw-html-allowed:";

/// The 1-based numbers of the lines in `source` that use a raw-HTML path without a justified
/// allow comment on the same line.
fn violations(source: &str) -> Vec<usize> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            let normalized = line.to_lowercase().replace('_', "");
            let raw = RAW_HTML.iter().any(|name| normalized.contains(name));
            let justified = line
                .split_once(ALLOW)
                .is_some_and(|(_, reason)| !reason.trim().is_empty());
            raw && !justified
        })
        .map(|(index, _)| index + 1)
        .collect()
}

/// The source files below `src/` (or a crate's folder): Rust, and the edge's own JavaScript.
fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "rs" || ext == "js")
        {
            found.push(path);
        }
    }
}

#[test]
fn no_source_file_uses_raw_html() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let mut files = Vec::new();
    // The root package's sources and every crate of the workspace (crates/).
    rust_files(&src, &mut files);
    rust_files(&root.join("crates"), &mut files);
    // A wrong directory would find nothing and pass, so make sure the scan saw the real sources,
    // including both browser edges, the components below src/, the core's and the builder's
    // readers.
    for expected in [
        "src/lib.rs",
        "src/embed/mod.rs",
        "src/embed/element.js",
        "crates/film/src/data/mod.rs",
        "crates/film/src/data/json_ld/entities.rs",
        "crates/card/src/components/review.rs",
        "crates/prerender/src/lib.rs",
        "crates/builder/src/form/read.rs",
        "crates/builder-page/src/pane.rs",
    ] {
        assert!(
            files.contains(&root.join(expected)),
            "{expected} was not scanned"
        );
    }
    let mut report = String::new();
    for file in &files {
        let source = fs::read_to_string(file).expect("a readable source file");
        let lines: Vec<&str> = source.lines().collect();
        for number in violations(&source) {
            report.push_str(&format!(
                "{}:{number}: {}\n",
                file.display(),
                lines[number - 1].trim()
            ));
        }
    }
    assert!(
        report.is_empty(),
        "raw HTML without a `{ALLOW} <justification>` comment:\n{report}"
    );
}

#[test]
fn the_scan_catches_each_raw_html_path() {
    let samples = [
        "element.set_inner_html(&review.text);",
        "let html = Html::from_html_unchecked(AttrValue::from(text));",
        "Html::from_html(text)",
        "host.insert_adjacent_html(\"beforeend\", &markup)?;",
        "js_sys::Reflect::set(&node, &\"innerHTML\".into(), &text.into())?;",
        "let markup = element.outer_html();",
        "node.insertAdjacentHTML('afterend', text)",
        "range.create_contextual_fragment(&text)?",
        "shadow.set_html_unsafe(&text);",
        "root.set_inner_html(&t); // raw-html-allowed:   ",
    ];
    for sample in samples {
        assert_eq!(violations(sample), [1], "{sample:?} was not caught");
    }
}

#[test]
fn the_scan_reports_the_right_lines_and_honours_justified_lines() {
    let source = "\
use yew::prelude::*;
// raw-html-allowed: a comment on the line above does not cover the next line
root.set_inner_html(&text);
root.set_inner_html(\"\"); // raw-html-allowed: clears the root, no data involved
let name = inner.html_id();
let label = element.text_content();
root.set_outer_html(&text);
";
    assert_eq!(violations(source), [3, 7]);
}
