//! The committed `generated/` must be exactly what the generator produces from `spec/` now:
//! every produced file matches, and no `.rs` file is left that the generator no longer produces.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const FIX: &str = "run `cargo run -p codegen -- generate` and commit the result";

#[test]
fn committed_generated_code_is_fresh() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = root.join("generated");
    let generated =
        codegen::generate(&root.join("spec")).unwrap_or_else(|err| panic!("the specs do not generate:\n{err}"));
    let mut stale = Vec::new();
    for (relative, source) in &generated.products {
        let Ok(committed) = std::fs::read_to_string(out.join(relative)) else {
            stale.push(format!("generated/{relative} is missing"));
            continue;
        };
        if committed != *source {
            let line = committed
                .lines()
                .zip(source.lines())
                .position(|(a, b)| a != b)
                .map_or_else(
                    || committed.lines().count().min(source.lines().count()) + 1,
                    |index| index + 1,
                );
            stale.push(format!(
                "generated/{relative} differs from the spec from line {line} on"
            ));
        }
    }
    let produced: BTreeSet<&str> = generated
        .products
        .iter()
        .map(|(relative, _)| relative.as_str())
        .collect();
    let mut committed = Vec::new();
    rust_files(&out, "", &mut committed);
    for relative in committed {
        if !produced.contains(relative.as_str()) {
            stale.push(format!("generated/{relative} is no longer produced by the generator"));
        }
    }
    assert!(stale.is_empty(), "{}\n{FIX}", stale.join("\n"));
}

/// Every `.rs` file under `dir`, as a `/`-separated path relative to `generated/`.
fn rust_files(dir: &Path, prefix: &str, found: &mut Vec<String>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|err| panic!("{}: cannot read: {err}\n{FIX}", dir.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|err| panic!("{}: cannot read: {err}", dir.display()))
            .path();
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let relative = format!("{prefix}{name}");
        if path.is_dir() {
            rust_files(&path, &format!("{relative}/"), found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(relative);
        }
    }
}
